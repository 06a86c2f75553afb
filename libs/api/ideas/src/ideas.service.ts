import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_CREDIT_CONFIG } from '@kindling/credit';
import { type Connection, type RequestContext, type Viewer, lockGraphForWrite, toGlobalId, pageRequest, perRequest, toConnection } from '@kindling/api/core';
import { LedgerEventType, LedgerService } from '@kindling/api/ledger';
import { PERSON_WITH_DEPARTMENT, PeopleService, type Person, type PersonWithDepartmentRow } from '@kindling/api/people';
import { IdeaFilter, IdeaOrder, IdeasArgs } from './dto/idea.inputs';
import type { IdeaStatusValue, RelationValue } from './entities/idea.entity';
import { BuildOnTie } from './models/build-on-tie.model';
import type { BoardRanking } from './models/leaderboard.model';
import { GraphChangeListeners } from './graph-change.listeners';
import { isAncestorOrSelf } from './graph.queries';
import { cleanBody, cleanComment, cleanSplit, cleanTags, cleanTitle, LIMITS } from './idea-validation';
import { IdeaErrors } from './ideas.errors';
import { CoAuthorInvitation, Comment, Endorsement, IDEA_COLUMNS, Idea, IdeaLink, type IdeaRow, type IdeaStatus } from './models/idea.model';

export interface PostIdeaCommand {
  title: string;
  body: string;
  tags?: string[] | null;
}

export interface BuildOnCommand extends PostIdeaCommand {
  parentIds: string[];
  relation?: RelationValue | null;
  split?: number[] | null;
}

type ListedRow = IdeaRow & { createdAtText: string };

/** Sort keys of the idea list; the NEWEST cursor keeps PostgreSQL's microseconds (a JS Date would drop them). */
const ORDER_KEYS: Record<IdeaOrder, { column: string; cast: string; of: (i: ListedRow) => unknown }> = {
  [IdeaOrder.NEWEST]: { column: 'i.created_at', cast: 'timestamptz', of: (i) => i.createdAtText },
  [IdeaOrder.MOST_ENDORSED]: { column: 'i.endorsement_count', cast: 'integer', of: (i) => i.endorsementCount },
  [IdeaOrder.MOST_BUILT_ON]: { column: 'i.build_on_count', cast: 'integer', of: (i) => i.buildOnCount },
};

@Injectable()
export class IdeasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly graphChanges: GraphChangeListeners,
    private readonly people: PeopleService,
  ) {}

  // ---------------------------------------------------------------- reads

  /** This request's loaders; every field resolver goes through them (no N+1). */
  loaders(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      idea: new DataLoader<string, Idea | null>(async (ids) => {
        const rows: IdeaRow[] = await this.db.query(`SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = ANY($1::bigint[])`, [ids]);
        const byId = new Map(rows.map((r) => [r.id, Idea.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      /**
       * Accepted authors, poster first, then co-authors in the order they accepted. The same statement reads
       * each author's person and department rows and primes the people loaders with them.
       */
      authors: new DataLoader<string, Person[]>(async (ids) => {
        const rows: Array<PersonWithDepartmentRow & { ideaId: string }> = await this.db.query(
          `SELECT a.idea_id::text AS "ideaId", ${PERSON_WITH_DEPARTMENT}
             FROM idea_authors a JOIN ideas i ON i.id = a.idea_id
             JOIN people p ON p.id = a.person_id JOIN departments d ON d.id = p.department_id
            WHERE a.idea_id = ANY($1::bigint[]) AND a.state = 'ACCEPTED'
            ORDER BY a.idea_id, (a.person_id = i.posted_by) DESC, a.responded_at NULLS FIRST, a.person_id`,
          [ids],
        );
        return groupBy(ids, rows, (r) => r.ideaId).map((list) => this.people.remember(ctx, list));
      }),
      invitations: new DataLoader<string, CoAuthorInvitation[]>(async (ids) => {
        const rows = await this.db.query(
          `SELECT idea_id::text AS "ideaLocalId", person_id::text AS "personLocalId", invited_by::text AS "invitedByLocalId", invited_at AS "invitedAt"
             FROM idea_authors WHERE idea_id = ANY($1::bigint[]) AND state = 'INVITED' ORDER BY invited_at, person_id`,
          [ids],
        );
        return groupBy(ids, rows, (r: CoAuthorInvitation) => r.ideaLocalId).map((list) => list.map((r) => Object.assign(new CoAuthorInvitation(), r)));
      }),
      parents: new DataLoader<string, IdeaLink[]>((ids) => this.links(ids, 'parents')),
      children: new DataLoader<string, IdeaLink[]>((ids) => this.links(ids, 'children')),
      endorsements: new DataLoader<string, Endorsement[]>(async (ids) => {
        const rows = await this.db.query(
          `SELECT idea_id::text AS "ideaId", person_id::text AS "personLocalId", created_at AS "createdAt"
             FROM endorsements WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, created_at DESC, person_id`,
          [ids],
        );
        return groupBy(ids, rows as Array<{ ideaId: string; personLocalId: string; createdAt: Date }>, (r) => r.ideaId).map((list) =>
          list.map((r) => Object.assign(new Endorsement(), { personLocalId: r.personLocalId, createdAt: r.createdAt })),
        );
      }),
      viewerEndorsed: new DataLoader<string, boolean>(async (ids) => {
        if (!ctx.viewer) return ids.map(() => false);
        const rows = await this.db.query(`SELECT idea_id::text AS id FROM endorsements WHERE person_id = $1 AND idea_id = ANY($2::bigint[])`, [ctx.viewer.id, ids]);
        const endorsed = new Set(rows.map((r: { id: string }) => r.id));
        return ids.map((id) => endorsed.has(id));
      }),
      comments: new DataLoader<string, Comment[]>(async (ids) => {
        const rows = await this.db.query(
          `SELECT id::text AS "localId", idea_id::text AS "ideaLocalId", author_id::text AS "authorLocalId",
                  reply_to_id::text AS "replyToLocalId", body, created_at AS "createdAt"
             FROM comments WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, created_at, id`,
          [ids],
        );
        return groupBy(ids, rows, (r: Comment) => r.ideaLocalId).map((list) => list.map(toComment));
      }),
      comment: new DataLoader<string, Comment | null>(async (ids) => {
        const rows = await this.db.query(
          `SELECT id::text AS "localId", idea_id::text AS "ideaLocalId", author_id::text AS "authorLocalId",
                  reply_to_id::text AS "replyToLocalId", body, created_at AS "createdAt"
             FROM comments WHERE id = ANY($1::bigint[])`,
          [ids],
        );
        const byId = new Map(rows.map((r: Comment) => [r.localId, toComment(r)]));
        return ids.map((id) => (byId.get(id) as Comment | undefined) ?? null);
      }),
      /** People whose ideas these people built on. */
      peopleBuiltOn: new DataLoader<string, BuildOnTie[]>((personIds) => this.buildOnTies(personIds, 'child_id', 'parent_id')),
      /** People who built on these people's ideas. */
      builtOnBy: new DataLoader<string, BuildOnTie[]>((personIds) => this.buildOnTies(personIds, 'parent_id', 'child_id')),
    }));
  }

  /** Colleagues linked to each person by build-on edges (own idea at `mine`, theirs at `theirs`), most build-ons first. */
  private async buildOnTies(personIds: readonly string[], mine: 'child_id' | 'parent_id', theirs: 'child_id' | 'parent_id'): Promise<BuildOnTie[][]> {
    const rows = await this.db.query(
      `SELECT me.person_id::text AS "selfId", them.person_id::text AS "personLocalId",
              count(DISTINCT e.child_id)::int AS "buildOns", max(e.created_at) AS "lastBuiltAt"
         FROM idea_authors me
         JOIN idea_edges e ON e.${mine} = me.idea_id
         JOIN idea_authors them ON them.idea_id = e.${theirs} AND them.state = 'ACCEPTED' AND them.person_id <> me.person_id
        WHERE me.person_id = ANY($1::bigint[]) AND me.state = 'ACCEPTED'
        GROUP BY me.person_id, them.person_id
        ORDER BY me.person_id, "buildOns" DESC, "lastBuiltAt" DESC, them.person_id`,
      [personIds],
    );
    return groupBy(personIds, rows as Array<BuildOnTie & { selfId: string }>, (r) => r.selfId).map((list) =>
      list.map((r) => Object.assign(new BuildOnTie(), { personLocalId: r.personLocalId, buildOns: r.buildOns, lastBuiltAt: r.lastBuiltAt })),
    );
  }

  private async links(ids: readonly string[], way: 'parents' | 'children'): Promise<IdeaLink[][]> {
    const [self, other] = way === 'parents' ? ['child_id', 'parent_id'] : ['parent_id', 'child_id'];
    // split = this edge's weight over the sum of the child's parent weights
    const rows = await this.db.query(
      `SELECT e.${self}::text AS "selfId", e.${other}::text AS "ideaLocalId", e.relation,
              e.weight / sum(e.weight) OVER (PARTITION BY e.child_id) AS split
         FROM idea_edges e
        WHERE e.child_id IN (SELECT child_id FROM idea_edges WHERE ${self} = ANY($1::bigint[]))
        ORDER BY e.${self}, e.created_at, e.${other}`,
      [ids],
    );
    const mine = (rows as Array<IdeaLink & { selfId: string }>).filter((r) => ids.includes(r.selfId));
    return groupBy(ids, mine, (r) => r.selfId).map((list) =>
      list.map((r) => Object.assign(new IdeaLink(), { ideaLocalId: r.ideaLocalId, relation: r.relation, split: r.split })),
    );
  }

  /** The idea list: filters combine with AND; keyset pagination on the chosen order. */
  async list(args: IdeasArgs, withTotal: boolean): Promise<Connection<Idea>> {
    const page = pageRequest(args);
    const order = ORDER_KEYS[args.orderBy ?? IdeaOrder.NEWEST];
    const params: unknown[] = [];
    const where = this.filterSql(args.filter ?? {}, params);
    const filterSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const pageWhere = [...where];
    if (page.cursor) {
      const [key, id] = page.cursor;
      params.push(key, id);
      const descending = !page.backward;
      pageWhere.push(`(${order.column}, i.id) ${descending ? '<' : '>'} ($${params.length - 1}::${order.cast}, $${params.length}::bigint)`);
    }
    const dir = page.backward ? 'ASC' : 'DESC';
    const rows: ListedRow[] = await this.db.query(
      `SELECT ${IDEA_COLUMNS}, i.created_at::text AS "createdAtText" FROM ideas i ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
        ORDER BY ${order.column} ${dir}, i.id ${dir} LIMIT ${page.limit + 1}`,
      params,
    );
    const connection = toConnection(rows, page, (r) => [order.of(r), r.id], Idea.from);
    if (withTotal) {
      const filterParams = params.slice(0, params.length - (page.cursor ? 2 : 0));
      const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM ideas i ${filterSql}`, filterParams);
      connection.totalCount = count;
    }
    return connection;
  }

  private filterSql(filter: IdeaFilter & { authorLocalId?: string; departmentLocalId?: string; buildOnsOnly?: boolean }, params: unknown[]): string[] {
    const where: string[] = [];
    if (filter.tag) {
      params.push(filter.tag.trim().toLowerCase());
      where.push(`i.tags @> ARRAY[$${params.length}::text]`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`i.status = $${params.length}::idea_status`);
    }
    if (filter.authorLocalId) {
      params.push(filter.authorLocalId);
      where.push(`EXISTS (SELECT 1 FROM idea_authors a WHERE a.idea_id = i.id AND a.state = 'ACCEPTED' AND a.person_id = $${params.length}::bigint)`);
    }
    if (filter.departmentLocalId) {
      params.push(filter.departmentLocalId);
      where.push(
        `EXISTS (SELECT 1 FROM idea_authors a JOIN people p ON p.id = a.person_id WHERE a.idea_id = i.id AND a.state = 'ACCEPTED' AND p.department_id = $${params.length}::bigint)`,
      );
    }
    if (filter.postedAfter) {
      params.push(filter.postedAfter);
      where.push(`i.created_at >= $${params.length}::timestamptz`);
    }
    if (filter.buildOnsOnly) where.push(`EXISTS (SELECT 1 FROM idea_edges e WHERE e.child_id = i.id)`);
    if (filter.text?.trim()) {
      params.push(filter.text.trim());
      where.push(`(i.search @@ websearch_to_tsquery('simple', $${params.length}) OR i.title ILIKE '%' || $${params.length} || '%')`);
    }
    return where;
  }

  /**
   * Ideas that look like the one being written, so people build on instead of duplicating:
   * trigram similarity of titles (catches typos and word forms) plus full-text matches of the
   * title's and body's significant words, best first.
   */
  async similar(title: string, body: string, limit: number): Promise<Array<{ idea: Idea; score: number }>> {
    const words = [...new Set(`${title} ${body}`.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].slice(0, 24);
    if (!title.trim() && words.length === 0) return [];
    const query = words.join(' | ') || 'zzzz';
    const rows: Array<IdeaRow & { score: number }> = await this.db.query(
      `SELECT ${IDEA_COLUMNS}, score FROM (
         SELECT i.id, 2 * similarity(i.title, $1) + ts_rank(i.search, to_tsquery('simple', $2)) AS score
           FROM ideas i
          WHERE ($1 <> '' AND i.title % $1) OR i.search @@ to_tsquery('simple', $2)
          ORDER BY score DESC, i.id DESC
          LIMIT $3
       ) best JOIN ideas i ON i.id = best.id
       ORDER BY score DESC, i.id DESC`,
      [title.trim(), query, limit],
    );
    return rows.map((r) => ({ idea: Idea.from(r), score: r.score }));
  }

  /** The leadership board: ideas posted in the period, ranked; ties go to the newer idea. */
  async leaderboard(options: {
    rankBy: BoardRanking;
    periodDays: number | null;
    departmentLocalId?: string;
    status?: IdeaStatusValue;
    limit: number;
  }): Promise<Array<{ idea: Idea; momentum: number }>> {
    const params: unknown[] = [];
    const where = this.filterSql({ status: options.status as IdeaStatus | undefined, departmentLocalId: options.departmentLocalId }, params);
    if (options.periodDays !== null) {
      params.push(options.periodDays);
      where.push(`i.created_at >= now() - make_interval(days => $${params.length})`);
    }
    const rank = { ENDORSEMENTS: 'i.endorsement_count', BUILD_ONS: 'i.build_on_count', MOMENTUM: 'COALESCE(m.momentum, 0)' }[options.rankBy];
    params.push(options.limit);
    // momentum: activity of the last 30 days, halving every 7 days; a build-on counts double
    const rows: Array<IdeaRow & { momentum: number }> = await this.db.query(
      `WITH activity AS (
         SELECT idea_id, created_at, 1.0 AS weight FROM endorsements WHERE created_at >= now() - interval '30 days'
         UNION ALL
         SELECT parent_id, created_at, 2.0 FROM idea_edges WHERE created_at >= now() - interval '30 days'
       ), m AS (
         SELECT idea_id, sum(weight * power(0.5, extract(epoch FROM now() - created_at) / 604800.0))::float8 AS momentum
           FROM activity GROUP BY idea_id
       )
       SELECT ${IDEA_COLUMNS}, COALESCE(m.momentum, 0)::float8 AS momentum
         FROM ideas i LEFT JOIN m ON m.idea_id = i.id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${rank} DESC, i.created_at DESC, i.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({ idea: Idea.from(r), momentum: r.momentum }));
  }

  /** Ideas a person (co-)authored, newest first; `buildOnsOnly` keeps the ones that build on something. */
  listByAuthor(personLocalId: string, args: IdeasArgs, buildOnsOnly: boolean, withTotal: boolean): Promise<Connection<Idea>> {
    return this.list({ ...args, filter: { ...(args.filter ?? {}), authorLocalId: personLocalId, buildOnsOnly } as IdeaFilter }, withTotal);
  }

  async tags(search: string, limit: number): Promise<Array<{ tag: string; ideaCount: number }>> {
    return this.db.query(
      `SELECT tag, count(*)::int AS "ideaCount" FROM ideas, unnest(tags) AS tag
        WHERE $1 = '' OR tag LIKE '%' || $1 || '%'
        GROUP BY tag ORDER BY count(*) DESC, tag LIMIT $2`,
      [search.trim().toLowerCase().replace(/[\\%_]/g, ''), limit],
    );
  }

  /** Resolves the public filter's global ids (done by the resolver) into the internal form. */
  withLocalFilter(args: IdeasArgs, local: { authorLocalId?: string; departmentLocalId?: string }): IdeasArgs {
    return { ...args, filter: { ...(args.filter ?? {}), ...local } as IdeaFilter };
  }

  // ---------------------------------------------------------------- writes

  async postIdea(viewer: Viewer, input: PostIdeaCommand): Promise<string> {
    const fields = { title: cleanTitle(input.title), body: cleanBody(input.body), tags: cleanTags(input.tags) };
    return this.graphWrite(async (m) => {
      const id = await this.insertIdea(m, viewer, fields, 1);
      await this.graphChanges.notify({ manager: m, ideaIds: [id], created: true });
      await this.ledger.append(m, { type: LedgerEventType.IdeaPosted, actorId: viewer.id, payload: { ideaId: id, authorId: viewer.id } });
      return id;
    });
  }

  async buildOn(viewer: Viewer, input: BuildOnCommand, parentLocalIds: string[]): Promise<string> {
    const fields = { title: cleanTitle(input.title), body: cleanBody(input.body), tags: cleanTags(input.tags) };
    if (parentLocalIds.length < 1 || parentLocalIds.length > LIMITS.parents) {
      throw IdeaErrors.invalid('parentIds', `give between 1 and ${LIMITS.parents} ideas to build on.`);
    }
    if (new Set(parentLocalIds).size !== parentLocalIds.length) throw IdeaErrors.invalid('parentIds', 'each idea can be named once.');
    const relation = input.relation ?? (parentLocalIds.length > 1 ? 'COMBINES' : 'EXTENDS');
    if (relation === 'COMBINES' && parentLocalIds.length < 2) throw IdeaErrors.invalid('relation', 'COMBINES needs at least two parents.');
    const split = cleanSplit(input.split, parentLocalIds.length);
    const retention = DEFAULT_CREDIT_CONFIG.defaultRetention;

    return this.graphWrite(async (m) => {
      const found = await m.query(`SELECT id::text AS id FROM ideas WHERE id = ANY($1::bigint[])`, [parentLocalIds]);
      const missing = parentLocalIds.find((id) => !found.some((r: { id: string }) => r.id === id));
      if (missing) throw IdeaErrors.notFound(missing);
      const id = await this.insertIdea(m, viewer, fields, retention);
      await m.query(
        `INSERT INTO idea_edges (child_id, parent_id, relation, weight)
         SELECT $1, parent_id, $2::idea_relation, weight FROM unnest($3::bigint[], $4::float8[]) AS p(parent_id, weight)`,
        [id, relation, parentLocalIds, split],
      );
      await m.query(`UPDATE ideas SET build_on_count = build_on_count + 1 WHERE id = ANY($1::bigint[])`, [parentLocalIds]);
      await this.graphChanges.notify({ manager: m, ideaIds: [id], created: true });
      await this.ledger.append(m, {
        type: LedgerEventType.BuiltOn,
        actorId: viewer.id,
        payload: { ideaId: id, authorId: viewer.id, relation, retention, parents: parentLocalIds.map((p, i) => ({ ideaId: p, weight: split[i] })) },
      });
      return id;
    });
  }

  /** Records that an existing idea (also) builds on another existing idea. Refuses cycles, also under concurrent writes. */
  async linkParent(viewer: Viewer, ideaLocalId: string, parentLocalId: string, relation: RelationValue | null | undefined): Promise<void> {
    if (ideaLocalId === parentLocalId) throw IdeaErrors.cycle();
    await this.graphWrite(async (m) => {
      await this.requireIdea(m, parentLocalId);
      await this.requireAuthor(m, viewer, ideaLocalId);
      const [existing] = await m.query(`SELECT 1 FROM idea_edges WHERE child_id = $1 AND parent_id = $2`, [ideaLocalId, parentLocalId]);
      if (existing) throw IdeaErrors.alreadyLinked();
      // Under the graph lock no other edge can appear between this check and the insert.
      if (await isAncestorOrSelf(m, ideaLocalId, parentLocalId)) throw IdeaErrors.cycle();
      const parentCount = Number((await m.query(`SELECT count(*) AS n FROM idea_edges WHERE child_id = $1`, [ideaLocalId]))[0].n);
      const edgeRelation = relation ?? (parentCount > 0 ? 'COMBINES' : 'EXTENDS');
      await m.query(`INSERT INTO idea_edges (child_id, parent_id, relation, weight) VALUES ($1, $2, $3, 1)`, [ideaLocalId, parentLocalId, edgeRelation]);
      await m.query(`UPDATE ideas SET build_on_count = build_on_count + 1 WHERE id = $1`, [parentLocalId]);
      // A root that gains a parent becomes a build-on: it keeps the default part as its own.
      if (parentCount === 0) await m.query(`UPDATE ideas SET retention = $2 WHERE id = $1`, [ideaLocalId, DEFAULT_CREDIT_CONFIG.defaultRetention]);
      await this.graphChanges.notify({ manager: m, ideaIds: [ideaLocalId], created: false });
      await this.ledger.append(m, {
        type: LedgerEventType.ParentLinked,
        actorId: viewer.id,
        payload: { ideaId: ideaLocalId, parentId: parentLocalId, relation: edgeRelation, weight: 1 },
      });
    });
  }

  async inviteCoAuthor(viewer: Viewer, ideaLocalId: string, personLocalId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.requireAuthor(m, viewer, ideaLocalId);
      const [person] = await m.query(`SELECT active FROM people WHERE id = $1`, [personLocalId]);
      if (!person || !person.active) throw IdeaErrors.personNotFound(personLocalId);
      const inserted = await m.query(
        `INSERT INTO idea_authors (idea_id, person_id, state, invited_by) VALUES ($1, $2, 'INVITED', $3)
         ON CONFLICT (idea_id, person_id) DO UPDATE SET state = 'INVITED', invited_by = $3, invited_at = now(), responded_at = NULL
           WHERE idea_authors.state = 'DECLINED'
         RETURNING 1`,
        [ideaLocalId, personLocalId, viewer.id],
      );
      if (inserted.length === 0) throw IdeaErrors.alreadyAuthor();
    });
  }

  /** The invited person accepts: they become a co-author, and the idea's credit (and its lineage's) is recomputed. */
  async acceptCoAuthorship(viewer: Viewer, ideaLocalId: string): Promise<void> {
    await this.graphWrite(async (m) => {
      const updated = await m.query(
        `UPDATE idea_authors SET state = 'ACCEPTED', responded_at = now() WHERE idea_id = $1 AND person_id = $2 AND state = 'INVITED' RETURNING 1`,
        [ideaLocalId, viewer.id],
      );
      if (affected(updated) === 0) throw IdeaErrors.noInvitation();
      // An author cannot endorse their own idea: an earlier endorsement lapses.
      const removed = await m.query(`DELETE FROM endorsements WHERE idea_id = $1 AND person_id = $2 RETURNING 1`, [ideaLocalId, viewer.id]);
      if (affected(removed) > 0) await m.query(`UPDATE ideas SET endorsement_count = endorsement_count - 1 WHERE id = $1`, [ideaLocalId]);
      await this.graphChanges.notify({ manager: m, ideaIds: [ideaLocalId], created: false });
      await this.ledger.append(m, { type: LedgerEventType.CoAuthorAccepted, actorId: viewer.id, payload: { ideaId: ideaLocalId, personId: viewer.id } });
    });
  }

  async declineCoAuthorship(viewer: Viewer, ideaLocalId: string): Promise<void> {
    const updated = await this.db.query(
      `UPDATE idea_authors SET state = 'DECLINED', responded_at = now() WHERE idea_id = $1 AND person_id = $2 AND state = 'INVITED' RETURNING 1`,
      [ideaLocalId, viewer.id],
    );
    if (affected(updated) === 0) throw IdeaErrors.noInvitation();
  }

  async endorse(viewer: Viewer, ideaLocalId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.requireIdea(m, ideaLocalId);
      const [author] = await m.query(`SELECT 1 FROM idea_authors WHERE idea_id = $1 AND person_id = $2 AND state = 'ACCEPTED'`, [ideaLocalId, viewer.id]);
      if (author) throw IdeaErrors.ownIdea();
      const inserted = await m.query(
        `INSERT INTO endorsements (idea_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [ideaLocalId, viewer.id],
      );
      if (affected(inserted) === 0) throw IdeaErrors.alreadyEndorsed();
      await m.query(`UPDATE ideas SET endorsement_count = endorsement_count + 1 WHERE id = $1`, [ideaLocalId]);
    });
  }

  async unendorse(viewer: Viewer, ideaLocalId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.requireIdea(m, ideaLocalId);
      const removed = await m.query(`DELETE FROM endorsements WHERE idea_id = $1 AND person_id = $2 RETURNING 1`, [ideaLocalId, viewer.id]);
      if (affected(removed) === 0) throw IdeaErrors.notEndorsed();
      await m.query(`UPDATE ideas SET endorsement_count = endorsement_count - 1 WHERE id = $1`, [ideaLocalId]);
    });
  }

  async comment(viewer: Viewer, ideaLocalId: string, body: string, replyToLocalId: string | null): Promise<string> {
    const text = cleanComment(body);
    return this.db.transaction(async (m) => {
      await this.requireIdea(m, ideaLocalId);
      if (replyToLocalId) {
        const [target] = await m.query(`SELECT idea_id::text AS "ideaId" FROM comments WHERE id = $1`, [replyToLocalId]);
        if (!target || target.ideaId !== ideaLocalId) throw IdeaErrors.commentNotFound(replyToLocalId);
      }
      const [row] = await m.query(
        `INSERT INTO comments (idea_id, author_id, reply_to_id, body) VALUES ($1, $2, $3, $4) RETURNING id::text AS id`,
        [ideaLocalId, viewer.id, replyToLocalId, text],
      );
      return row.id;
    });
  }

  // ---------------------------------------------------------------- helpers

  /** A transaction holding the graph write lock: credit, lineage and ledger change together or not at all. */
  private graphWrite<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (m) => {
      await lockGraphForWrite(m);
      return work(m);
    });
  }

  private async insertIdea(m: EntityManager, viewer: Viewer, f: { title: string; body: string; tags: string[] }, retention: number): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO ideas (title, body, tags, retention, posted_by) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [f.title, f.body, f.tags, retention, viewer.id],
    );
    await m.query(`INSERT INTO idea_authors (idea_id, person_id, state, responded_at) VALUES ($1, $2, 'ACCEPTED', now())`, [row.id, viewer.id]);
    return row.id;
  }

  private async requireIdea(m: EntityManager, ideaLocalId: string): Promise<void> {
    const [row] = await m.query(`SELECT 1 FROM ideas WHERE id = $1`, [ideaLocalId]);
    if (!row) throw IdeaErrors.notFound(ideaLocalId);
  }

  private async requireAuthor(m: EntityManager, viewer: Viewer, ideaLocalId: string): Promise<void> {
    await this.requireIdea(m, ideaLocalId);
    const [row] = await m.query(`SELECT 1 FROM idea_authors WHERE idea_id = $1 AND person_id = $2 AND state = 'ACCEPTED'`, [ideaLocalId, viewer.id]);
    if (!row) throw IdeaErrors.notAnAuthor();
  }
}

/** Rows changed by an UPDATE/DELETE … RETURNING through TypeORM (which returns [rows, count] for those). */
function affected(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}

function groupBy<R>(keys: readonly string[], rows: R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

function toComment(r: Comment): Comment {
  return Object.assign(new Comment(), r, { id: toGlobalId('Comment', r.localId) });
}
