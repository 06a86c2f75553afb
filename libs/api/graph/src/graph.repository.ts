import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Queryable, affected } from '@kindling/api/core';
import type { PersonWithDepartmentRow } from '@kindling/api/people';
import type { BuildOnTie } from './models/build-on-tie.model';
import type { CoAuthorInvitation, IdeaLink, IdeaRow, RelationValue } from './models/idea.model';

/**
 * All of the graph's SQL: ideas, build-on edges and authorship. Writes take the caller's transaction;
 * traversals are recursive CTEs over ids with UNION (never path enumeration, which explodes on diamonds)
 * and take any Queryable, so other domains can walk the graph inside their own transaction.
 */

const IDEA_COLUMNS = `i.id::text AS id, i.title, i.body, i.tags, i.status, i.retention, i.posted_by::text AS "postedBy",
  i.created_at AS "createdAt", i.endorsement_count AS "endorsementCount", i.build_on_count AS "buildOnCount",
  i.hidden_at AS "hiddenAt", i.hidden_reason AS "hiddenReason"`;

export interface LineageEdgeRow {
  childId: string;
  parentId: string;
  relation: RelationValue;
  /** The child's split for this parent, normalised over all the child's parents. */
  split: number;
}

const step = {
  up: { from: 'child_id', to: 'parent_id' },
  down: { from: 'parent_id', to: 'child_id' },
} as const;

@Injectable()
export class GraphRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ------------------------------------------------------------ writes

  /** A new idea with its poster as its first, accepted author. */
  async insertIdea(tx: Queryable, idea: { title: string; body: string; tags: readonly string[]; retention: number; postedBy: string }): Promise<string> {
    const [row] = await tx.query(
      `WITH idea AS (
         INSERT INTO ideas (title, body, tags, retention, posted_by) VALUES ($1, $2, $3, $4, $5) RETURNING id
       ), author AS (
         INSERT INTO idea_authors (idea_id, person_id, state, responded_at) SELECT id, $5, 'ACCEPTED', now() FROM idea
       )
       SELECT id::text AS id FROM idea`,
      [idea.title, idea.body, idea.tags, idea.retention, idea.postedBy],
    );
    return row.id;
  }

  async existingIdeaIds(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT id::text AS id FROM ideas WHERE id = ANY($1::bigint[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async ideaExists(tx: Queryable, id: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM ideas WHERE id = $1`, [id]);
    return !!row;
  }

  /** Whether the idea exists; locks its row to the end of the transaction. */
  async lockIdea(tx: Queryable, id: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM ideas WHERE id = $1 FOR UPDATE`, [id]);
    return !!row;
  }

  async isAuthor(tx: Queryable, ideaId: string, personId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM idea_authors WHERE idea_id = $1 AND person_id = $2 AND state = 'ACCEPTED'`, [ideaId, personId]);
    return !!row;
  }

  /** Edges from a new build-on to its parents, and the parents' build-on counts. */
  async insertParents(tx: Queryable, childId: string, relation: RelationValue, parentIds: readonly string[], weights: readonly number[]): Promise<void> {
    await tx.query(
      `WITH edges AS (
         INSERT INTO idea_edges (child_id, parent_id, relation, weight)
         SELECT $1, parent_id, $2::idea_relation, weight FROM unnest($3::bigint[], $4::float8[]) AS p(parent_id, weight)
         RETURNING parent_id
       )
       UPDATE ideas SET build_on_count = build_on_count + 1 WHERE id IN (SELECT parent_id FROM edges)`,
      [childId, relation, parentIds, weights],
    );
  }

  async parentCount(tx: Queryable, childId: string): Promise<number> {
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM idea_edges WHERE child_id = $1`, [childId]);
    return row.n;
  }

  async edgeExists(tx: Queryable, childId: string, parentId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM idea_edges WHERE child_id = $1 AND parent_id = $2`, [childId, parentId]);
    return !!row;
  }

  async setRetention(tx: Queryable, ideaId: string, retention: number): Promise<void> {
    await tx.query(`UPDATE ideas SET retention = $2 WHERE id = $1`, [ideaId, retention]);
  }

  /** An invitation, or a renewed one after a decline; false when the person is an author or already invited. */
  async invite(tx: Queryable, ideaId: string, personId: string, invitedBy: string): Promise<boolean> {
    const inserted = await tx.query(
      `INSERT INTO idea_authors (idea_id, person_id, state, invited_by) VALUES ($1, $2, 'INVITED', $3)
       ON CONFLICT (idea_id, person_id) DO UPDATE SET state = 'INVITED', invited_by = $3, invited_at = now(), responded_at = NULL
         WHERE idea_authors.state = 'DECLINED'
       RETURNING 1`,
      [ideaId, personId, invitedBy],
    );
    return affected(inserted) > 0;
  }

  /** Answers an open invitation; false when there is none. */
  async answerInvitation(tx: Queryable, ideaId: string, personId: string, answer: 'ACCEPTED' | 'DECLINED'): Promise<boolean> {
    const updated = await tx.query(
      `UPDATE idea_authors SET state = $3::authorship_state, responded_at = now() WHERE idea_id = $1 AND person_id = $2 AND state = 'INVITED' RETURNING 1`,
      [ideaId, personId, answer],
    );
    return affected(updated) > 0;
  }

  /** The endorsement counter kept on the idea for ordering (engagement asks for it through GraphService). */
  async adjustEndorsementCount(tx: Queryable, ideaId: string, delta: number): Promise<void> {
    await tx.query(`UPDATE ideas SET endorsement_count = endorsement_count + $2 WHERE id = $1`, [ideaId, delta]);
  }

  /** Hides (a reason and who) or unhides an idea for moderation; false when it was already in that state or does not exist. */
  async setHidden(tx: Queryable, ideaId: string, hidden: { reason: string; by: string } | null): Promise<boolean> {
    const updated = hidden
      ? await tx.query(`UPDATE ideas SET hidden_at = now(), hidden_reason = $2, hidden_by = $3 WHERE id = $1 AND hidden_at IS NULL RETURNING 1`, [ideaId, hidden.reason, hidden.by])
      : await tx.query(`UPDATE ideas SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING 1`, [ideaId]);
    return affected(updated) > 0;
  }

  // ------------------------------------------------------------ batched reads (the loaders)

  async ideas(ids: readonly string[]): Promise<IdeaRow[]> {
    return this.db.query(`SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = ANY($1::bigint[])`, [ids]);
  }

  /**
   * Accepted authors with their person and department (in the shape PeopleLoaders.remember reads), poster
   * first, then co-authors in the order they accepted.
   */
  async authors(ideaIds: readonly string[]): Promise<Array<PersonWithDepartmentRow & { ideaId: string }>> {
    return this.db.query(
      `SELECT a.idea_id::text AS "ideaId", p.id::text AS id, p.name, p.email, p.title, p.department_id::text AS "departmentId",
              p.role, p.active, d.name AS "departmentName"
         FROM idea_authors a JOIN ideas i ON i.id = a.idea_id
         JOIN people p ON p.id = a.person_id JOIN departments d ON d.id = p.department_id
        WHERE a.idea_id = ANY($1::bigint[]) AND a.state = 'ACCEPTED'
        ORDER BY a.idea_id, (a.person_id = i.posted_by) DESC, a.responded_at NULLS FIRST, a.person_id`,
      [ideaIds],
    );
  }

  async invitations(ideaIds: readonly string[]): Promise<CoAuthorInvitation[]> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaLocalId", person_id::text AS "personLocalId", invited_by::text AS "invitedByLocalId", invited_at AS "invitedAt"
         FROM idea_authors WHERE idea_id = ANY($1::bigint[]) AND state = 'INVITED' ORDER BY invited_at, person_id`,
      [ideaIds],
    );
  }

  /** Each idea's parents or children, with the edge's relation and the child's normalised split. */
  async links(ids: readonly string[], way: 'parents' | 'children'): Promise<Array<IdeaLink & { selfId: string }>> {
    const [self, other] = way === 'parents' ? ['child_id', 'parent_id'] : ['parent_id', 'child_id'];
    const rows: Array<IdeaLink & { selfId: string }> = await this.db.query(
      `SELECT e.${self}::text AS "selfId", e.${other}::text AS "ideaLocalId", e.relation,
              e.weight / sum(e.weight) OVER (PARTITION BY e.child_id) AS split
         FROM idea_edges e
        WHERE e.child_id IN (SELECT child_id FROM idea_edges WHERE ${self} = ANY($1::bigint[]))
        ORDER BY e.${self}, e.created_at, e.${other}`,
      [ids],
    );
    return rows.filter((r) => ids.includes(r.selfId));
  }

  /** Colleagues linked to each person by build-on edges (own idea at `mine`, theirs at `theirs`), most build-ons first. */
  async buildOnTies(personIds: readonly string[], way: 'builtOn' | 'builtOnBy'): Promise<Array<BuildOnTie & { selfId: string }>> {
    const [mine, theirs] = way === 'builtOn' ? ['child_id', 'parent_id'] : ['parent_id', 'child_id'];
    return this.db.query(
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
  }

  // ------------------------------------------------------------ traversals

  /** True when `candidate` is `of` itself or one of its ancestors. */
  async isAncestorOrSelf(db: Queryable, candidate: string, of: string): Promise<boolean> {
    const [row] = await db.query(
      `WITH RECURSIVE up(id) AS (
         SELECT $2::bigint
         UNION
         SELECT e.parent_id FROM idea_edges e JOIN up ON e.child_id = up.id
       )
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $1::bigint) AS found`,
      [candidate, of],
    );
    return row.found;
  }

  /** Ids of the ancestors or descendants of `rootIds` (roots excluded), unbounded depth. */
  async reachableIds(db: Queryable, rootIds: readonly string[], way: 'up' | 'down'): Promise<string[]> {
    const { from, to } = step[way];
    const rows = await db.query(
      `WITH RECURSIVE r(id) AS (
         SELECT e.${to} FROM idea_edges e WHERE e.${from} = ANY($1::bigint[])
         UNION
         SELECT e.${to} FROM idea_edges e JOIN r ON e.${from} = r.id
       )
       SELECT id::text AS id FROM r WHERE id <> ALL($1::bigint[])`,
      [rootIds],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** Ids within `maxDepth` steps. UNION over (id, depth) keeps the row count at most nodes × depth. */
  async reachableWithin(db: Queryable, rootIds: readonly string[], way: 'up' | 'down', maxDepth: number): Promise<string[]> {
    const { from, to } = step[way];
    const rows = await db.query(
      `WITH RECURSIVE r(id, depth) AS (
         SELECT e.${to}, 1 FROM idea_edges e WHERE e.${from} = ANY($1::bigint[])
         UNION
         SELECT e.${to}, r.depth + 1 FROM idea_edges e JOIN r ON e.${from} = r.id WHERE r.depth < $2
       )
       SELECT DISTINCT id::text AS id FROM r WHERE id <> ALL($1::bigint[])`,
      [rootIds, maxDepth],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** The edges among a set of ideas (both ends inside the set). */
  async edgesAmong(db: Queryable, ids: readonly string[]): Promise<LineageEdgeRow[]> {
    return db.query(
      `SELECT child_id::text AS "childId", parent_id::text AS "parentId", relation, split
         FROM (SELECT child_id, parent_id, relation, weight / sum(weight) OVER (PARTITION BY child_id) AS split
                 FROM idea_edges WHERE child_id = ANY($1::bigint[])) e
        WHERE parent_id = ANY($1::bigint[])
        ORDER BY child_id, parent_id`,
      [ids],
    );
  }
}
