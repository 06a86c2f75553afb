import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CURSOR_KEYS, type PageRequest } from '@kindling/api/core';
import type { IdeaRow } from '@kindling/api/graph';
import type { BoardQuery, IdeaListFilter, IdeaOrderKey } from './ideas.queries';
import type { DraftTerms, TermGroup } from './similar-terms';

/**
 * All of the read side's SQL: the idea list with its filters, similar ideas, the board and tags. It reads the
 * graph's and engagement's tables, never writes them; rows come back in the graph's IdeaRow shape.
 */
const IDEA_COLUMNS = `i.id::text AS id, i.title, i.body, i.tags, i.status, i.retention, i.posted_by::text AS "postedBy",
  i.created_at AS "createdAt", i.endorsement_count AS "endorsementCount", i.build_on_count AS "buildOnCount",
  i.hidden_at AS "hiddenAt", i.hidden_reason AS "hiddenReason", i.updated_at AS "updatedAt"`;

export type ListedRow = IdeaRow & { createdAtText: string };

/** Sort keys of the idea list; the NEWEST cursor keeps PostgreSQL's microseconds (a JS Date would drop them). */
export const ORDER_KEYS: Record<IdeaOrderKey, { column: string; cast: string; of: (i: ListedRow) => unknown; isKey: (value: unknown) => boolean }> = {
  NEWEST: { column: 'i.created_at', cast: 'timestamptz', of: (i) => i.createdAtText, isKey: CURSOR_KEYS.timestamp },
  MOST_ENDORSED: { column: 'i.endorsement_count', cast: 'integer', of: (i) => i.endorsementCount, isKey: CURSOR_KEYS.integer },
  MOST_BUILT_ON: { column: 'i.build_on_count', cast: 'integer', of: (i) => i.buildOnCount, isKey: CURSOR_KEYS.integer },
};

@Injectable()
export class IdeasRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of the list: filters combine with AND; keyset pagination on the order's key and the id. */
  async page(filter: IdeaListFilter, order: IdeaOrderKey, page: PageRequest): Promise<ListedRow[]> {
    const params: unknown[] = [];
    const where = filterSql(filter, params);
    const key = ORDER_KEYS[order];
    if (page.cursor) {
      const [value, id] = page.cursor;
      params.push(value, id);
      where.push(`(${key.column}, i.id) ${page.backward ? '>' : '<'} ($${params.length - 1}::${key.cast}, $${params.length}::bigint)`);
    }
    const dir = page.backward ? 'ASC' : 'DESC';
    return this.db.query(
      `SELECT ${IDEA_COLUMNS}, i.created_at::text AS "createdAtText" FROM ideas i ${whereSql(where)}
        ORDER BY ${key.column} ${dir}, i.id ${dir} LIMIT ${page.limit + 1}`,
      params,
    );
  }

  async count(filter: IdeaListFilter): Promise<number> {
    const params: unknown[] = [];
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM ideas i ${whereSql(filterSql(filter, params))}`, params);
    return count;
  }

  /**
   * Ideas that look like a draft: trigram similarity of titles (catches typos and word forms) plus full-text
   * matches of the draft's words and their translations, each group by its weight, best first. Candidates are
   * the ideas with a similar title or one of the draft's less common words (served by ideas_title_words_trgm_idx
   * and ideas_search_idx); the best 100 of them by a single ranking are then scored by every group.
   */
  similar(draft: DraftTerms, limit: number): Promise<Array<IdeaRow & { score: number }>> {
    const terms = (groups: TermGroup[]) => groups.flatMap((g) => g.terms).join(' | ');
    // a word no idea has: an empty tsquery would only raise a notice
    const candidates = terms(draft.groups.filter((g) => !g.common)) || terms(draft.groups) || 'zzzz';
    // ts_rank divides by the number of terms asked for: times that number it is the matches' weight (a title
    // word ~0.6, a body word ~0.25), on the same scale as the titles' similarity
    return this.db.query(
      `WITH groups AS (
         SELECT to_tsquery('simple', terms) AS query, weight
           FROM unnest($3::text[], $4::float8[]) AS g (terms, weight)
       ), candidates AS (
         SELECT i.id, i.search, similarity(f_search_words(i.title), $1) AS alike
           FROM ideas i
          WHERE (($1 <> '' AND f_search_words(i.title) % $1) OR i.search @@ to_tsquery('simple', $2))
            -- a withdrawn idea cannot be built on, so it is no suggestion
            AND NOT EXISTS (SELECT 1 FROM idea_withdrawals w WHERE w.idea_id = i.id)
            AND i.hidden_at IS NULL
          ORDER BY similarity(f_search_words(i.title), $1) + ts_rank(i.search, to_tsquery('simple', $2)) DESC, i.id DESC
          LIMIT 100
       )
       SELECT ${IDEA_COLUMNS}, score FROM (
         SELECT c.id, c.alike + COALESCE((SELECT sum(weight * ts_rank(c.search, query)) FROM groups), 0) AS score
           FROM candidates c
          ORDER BY score DESC, c.id DESC
          LIMIT $5
       ) best JOIN ideas i ON i.id = best.id
       ORDER BY score DESC, i.id DESC`,
      [draft.title, candidates, draft.groups.map((g) => g.terms.join(' | ')), draft.groups.map((g) => g.weight * g.terms.length), limit],
    );
  }

  /** The board: ideas posted in the period, ranked; ties go to the newer idea. */
  board(query: BoardQuery): Promise<Array<IdeaRow & { momentum: number }>> {
    const params: unknown[] = [];
    const where = filterSql({ status: query.status, departmentId: query.departmentId }, params);
    if (query.periodDays !== null) {
      params.push(query.periodDays);
      where.push(`i.created_at >= now() - make_interval(days => $${params.length})`);
    }
    const order = {
      ENDORSEMENTS: 'i.endorsement_count DESC, i.created_at DESC',
      BUILD_ONS: 'i.build_on_count DESC, i.created_at DESC',
      MOMENTUM: 'COALESCE(m.momentum, 0) DESC, i.created_at DESC',
      // idea_scores: scoring's view of each scored idea's weighted score
      SCORE: 'sc.weighted DESC NULLS LAST',
    }[query.rankBy];
    const scores = query.rankBy === 'SCORE' ? 'LEFT JOIN idea_scores sc ON sc.idea_id = i.id' : '';
    params.push(query.limit);
    // momentum: activity of the last 30 days, halving every 7 days; a build-on counts double
    return this.db.query(
      `WITH activity AS (
         SELECT idea_id, created_at, 1.0 AS weight FROM endorsements WHERE created_at >= now() - interval '30 days'
         UNION ALL
         SELECT parent_id, created_at, 2.0 FROM idea_edges WHERE created_at >= now() - interval '30 days'
       ), m AS (
         SELECT idea_id, sum(weight * power(0.5, extract(epoch FROM now() - created_at) / 604800.0))::float8 AS momentum
           FROM activity GROUP BY idea_id
       )
       SELECT ${IDEA_COLUMNS}, COALESCE(m.momentum, 0)::float8 AS momentum
         FROM ideas i LEFT JOIN m ON m.idea_id = i.id ${scores}
        ${whereSql(where)}
        ORDER BY ${order}, i.id DESC
        LIMIT $${params.length}`,
      params,
    );
  }

  /** How many listed ideas (not hidden, not withdrawn) each person authors: the people directory's counts. */
  ideaCounts(personIds: readonly string[]): Promise<Array<{ personId: string; count: number }>> {
    return this.db.query(
      `SELECT a.person_id::text AS "personId", count(*)::int AS count
         FROM idea_authors a JOIN ideas i ON i.id = a.idea_id
        WHERE a.person_id = ANY($1::bigint[]) AND a.state = 'ACCEPTED' AND i.hidden_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM idea_withdrawals w WHERE w.idea_id = i.id)
        GROUP BY a.person_id`,
      [personIds],
    );
  }

  tags(search: string, limit: number): Promise<Array<{ tag: string; ideaCount: number }>> {
    return this.db.query(
      `SELECT tag, count(*)::int AS "ideaCount" FROM ideas, unnest(tags) AS tag
        WHERE ($1 = '' OR tag LIKE '%' || $1 || '%') AND hidden_at IS NULL
        GROUP BY tag ORDER BY count(*) DESC, tag LIMIT $2`,
      [search.replace(/[\\%_]/g, ''), limit],
    );
  }
}

function whereSql(where: readonly string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

function filterSql(filter: IdeaListFilter, params: unknown[]): string[] {
  // ideas a moderator hid leave every list (they stay in lineages and credit, masked)
  const where: string[] = ['i.hidden_at IS NULL'];
  if (filter.tag) {
    params.push(filter.tag);
    where.push(`i.tags @> ARRAY[$${params.length}::text]`);
  }
  if (filter.status) {
    params.push(filter.status);
    where.push(`i.status = $${params.length}::idea_status`);
  }
  if (filter.authorId) {
    params.push(filter.authorId);
    where.push(`EXISTS (SELECT 1 FROM idea_authors a WHERE a.idea_id = i.id AND a.state = 'ACCEPTED' AND a.person_id = $${params.length}::bigint)`);
  }
  if (filter.departmentId) {
    params.push(filter.departmentId);
    where.push(
      `EXISTS (SELECT 1 FROM idea_authors a JOIN people p ON p.id = a.person_id WHERE a.idea_id = i.id AND a.state = 'ACCEPTED' AND p.department_id = $${params.length}::bigint)`,
    );
  }
  if (filter.postedAfter) {
    params.push(filter.postedAfter);
    where.push(`i.created_at >= $${params.length}::timestamptz`);
  }
  if (filter.updatedAfter) {
    params.push(filter.updatedAfter);
    where.push(`i.updated_at > $${params.length}::timestamptz`);
  }
  if (!filter.withWithdrawn) where.push(`NOT EXISTS (SELECT 1 FROM idea_withdrawals w WHERE w.idea_id = i.id)`);
  if (filter.buildOnsOnly) where.push(`EXISTS (SELECT 1 FROM idea_edges e WHERE e.child_id = i.id)`);
  if (filter.text) {
    params.push(filter.text);
    // accents and case ignored on both sides: the search vector and the title index hold the folded text
    where.push(
      `(i.search @@ websearch_to_tsquery('simple', f_unaccent($${params.length})) OR (f_search_words(i.title) LIKE '%' || NULLIF(btrim(f_search_words($${params.length})), '') || '%'))`,
    );
  }
  return where;
}
