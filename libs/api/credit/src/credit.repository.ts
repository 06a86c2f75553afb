/**
 * All of the credit domain's SQL: the services orchestrate and run no statement of their own.
 * `db` is the data source or the manager of the caller's transaction; the full recompute's COPY streams
 * need that transaction's own connection (`client`).
 */
import type pg from 'pg';
import { type LineageColumns, type Shares, type UpstreamColumns, UpstreamDrift } from '@kindling/credit';
import { Injectable } from '@nestjs/common';
import type { Queryable } from '@kindling/api/core';
import { CreditRecord, type Dated, type RecordedIdea } from './credit-record';
import { Column, copyOut, copyUpstreamIn, readId } from './pg-binary-copy';

/** Epoch milliseconds of a timestamptz expression, as a float. */
function ms(expression: string): string {
  return `(extract(epoch FROM ${expression}) * 1000)::float8`;
}

/** When a fact was recorded, only in the statement that was asked for dates (the others need not plan it). */
function dates(dated: boolean, subquery: string): string {
  return dated ? `ARRAY(${subquery})` : 'NULL';
}

/**
 * An idea as the reader returns it: compact JSON, each list in id order so that its dates (null when not
 * asked for) line up with it.
 */
type IdeaRow = [
  id: string,
  createdAt: number,
  retention: number,
  authors: string[],
  authorWeights: number[],
  authoredAt: number[] | null,
  parents: string[],
  weights: number[],
  linkedAt: number[] | null,
  endorsers: string[],
  endorsedAt: number[] | null,
  /** The split's history (person, from when, raw weight or null: out of a_v), by person and time; null when not asked for dates. */
  splits: Array<[personId: string, at: number, weight: number | null]> | null,
];

/**
 * From when a row of the split's history holds. A person's first row holds from when they became an author if
 * that is earlier: a split is written with the membership it belongs to, and the first weight is the one they
 * joined with even where the membership's dates were set apart from it (backdated imports, the demo).
 */
const splitFrom = `CASE WHEN row_number() OVER (PARTITION BY w.person_id ORDER BY w.valid_from, w.id) = 1
                      THEN least(w.valid_from, CASE WHEN a.person_id = i.posted_by THEN i.created_at
                                                    WHEN a.person_id IS NOT NULL THEN COALESCE(a.responded_at, a.invited_at) END)
                      ELSE w.valid_from END`;

/**
 * The reader's statement for one scope. Only the walks and dates asked for are in its text: PostgreSQL plans a
 * statement afresh on every call, and planning what is not needed cost more than running it (P3).
 */
function creditInputsSql(scope: Required<CreditInputsScope>): string {
  // a walk over ids with UNION from the ideas asked for, down to what builds on them or up to what they build on
  const walk = (name: 'down' | 'up', from: string, to: string) => `${name}(id) AS (
    SELECT e.${to} FROM idea_edges e WHERE e.${from} = ANY($1::bigint[])
    UNION
    SELECT e.${to} FROM idea_edges e JOIN ${name} w ON e.${from} = w.id
  )`;
  const walks = [scope.descendants && walk('down', 'parent_id', 'child_id'), scope.ancestors && walk('up', 'child_id', 'parent_id')].filter(Boolean);
  const wanted = ['SELECT unnest($1::bigint[])', scope.descendants && 'SELECT id FROM down', scope.ancestors && 'SELECT id FROM up'].filter(Boolean).join(' UNION ');
  return `
  WITH RECURSIVE ${[...walks, `wanted(id) AS (${wanted})`].join(', ')}
  SELECT
    (SELECT json_agg(json_build_array(
              i.id::text, ${ms('i.created_at')}, i.retention,
              ARRAY(SELECT a.person_id::text FROM idea_authors a WHERE a.idea_id = i.id AND a.state IN ('ACCEPTED', 'LEFT') ORDER BY a.person_id),
              ARRAY(SELECT a.weight FROM idea_authors a WHERE a.idea_id = i.id AND a.state IN ('ACCEPTED', 'LEFT') ORDER BY a.person_id),
              ${dates(scope.dated, `SELECT ${ms(`CASE WHEN a.person_id = i.posted_by THEN i.created_at ELSE greatest(COALESCE(a.responded_at, a.invited_at), i.created_at) END`)}
                         FROM idea_authors a WHERE a.idea_id = i.id AND a.state IN ('ACCEPTED', 'LEFT') ORDER BY a.person_id`)},
              ARRAY(SELECT e.parent_id::text FROM idea_edges e WHERE e.child_id = i.id ORDER BY e.parent_id),
              ARRAY(SELECT e.weight FROM idea_edges e WHERE e.child_id = i.id ORDER BY e.parent_id),
              ${dates(scope.dated, `SELECT ${ms('greatest(e.created_at, i.created_at, p.created_at)')}
                         FROM idea_edges e JOIN ideas p ON p.id = e.parent_id WHERE e.child_id = i.id ORDER BY e.parent_id`)},
              ARRAY(SELECT n.person_id::text FROM endorsements n WHERE n.idea_id = i.id ORDER BY n.person_id),
              ${dates(scope.dated, `SELECT ${ms('greatest(n.created_at, i.created_at)')} FROM endorsements n WHERE n.idea_id = i.id ORDER BY n.person_id`)},
              ${dates(scope.dated, `SELECT json_build_array(w.person_id::text, ${ms(`greatest(${splitFrom}, i.created_at)`)}, w.weight)
                         FROM idea_author_weights w LEFT JOIN idea_authors a ON a.idea_id = w.idea_id AND a.person_id = w.person_id
                        WHERE w.idea_id = i.id ORDER BY w.person_id, w.valid_from, w.id`)}))
       FROM ideas i WHERE i.id = ANY(ARRAY(SELECT id FROM wanted))) AS ideas,
    (SELECT json_agg(json_build_array(c.idea_id::text, c.person_id::text, c.share))
       FROM idea_upstream_credit c
      WHERE c.idea_id IN (SELECT e.parent_id FROM idea_edges e WHERE e.child_id = ANY($1::bigint[]))) AS upstream`;
}

/** What to read besides the ideas asked for (see readCreditInputs). */
export interface CreditInputsScope {
  descendants?: boolean;
  ancestors?: boolean;
  /** Also when each fact was recorded, so the record can be taken at a past cut-off (about twice the bytes). */
  dated?: boolean;
}

const INSERT_BATCH = 20_000;

@Injectable()
export class CreditRepository {
  /**
   * The one reader of what credit is computed from, in one statement: the ideas `ideaIds`, with all their
   * descendants and/or ancestors when asked (recursive walks over ids with UNION), each with every fact the
   * engine reads, and the stored u_p of the parents of `ideaIds`.
   *
   * With `dated`, every fact comes with when it was recorded, and never before the ideas it involves exist
   * (backdated imports may say otherwise): an idea by its creation; its poster by the idea's creation, a
   * co-author by their answer (or invitation); a link by its creation, not before either idea; an
   * endorsement by its creation, not before the idea; and the split's history (idea_author_weights), each weight
   * from when it was written (see splitFrom). Without it the record is as it stands now.
   */
  async readCreditInputs(db: Queryable, ideaIds: readonly string[], scope: CreditInputsScope = {}): Promise<CreditRecord> {
    const dated = scope.dated ?? false;
    const [row] = await db.query(creditInputsSql({ descendants: scope.descendants ?? false, ancestors: scope.ancestors ?? false, dated }), [ideaIds]);
    // Undated facts count at any cut-off; the record refuses to be cut off (CreditRecord.dated).
    const facts = <T>(values: T[], at: number[] | null): Dated<T>[] => values.map((value, k) => ({ at: at ? at[k] : -Infinity, value }));
    const ideas = new Map<string, RecordedIdea>();
    for (const [id, createdAt, retention, authors, authorWeights, authoredAt, parents, weights, linkedAt, endorsers, endorsedAt, splits] of (row.ideas ?? []) as IdeaRow[]) {
      ideas.set(id, {
        id,
        createdAt,
        retention,
        authors: facts(
          authors.map((personId, k) => ({ personId, weight: authorWeights[k] })),
          authoredAt,
        ),
        parents: facts(
          parents.map((ideaId, k) => ({ ideaId, weight: weights[k] })),
          linkedAt,
        ),
        endorsers: facts(endorsers, endorsedAt),
        ...(splits && { splits: splits.map(([personId, at, weight]) => ({ at, value: { personId, weight } })) }),
      });
    }
    const upstream = new Map<string, Map<string, number>>();
    for (const [ideaId, personId, share] of (row.upstream ?? []) as Array<[string, string, number]>) {
      let shares = upstream.get(ideaId);
      if (!shares) upstream.set(ideaId, (shares = new Map()));
      shares.set(personId, share);
    }
    return new CreditRecord(ideas, upstream, dated);
  }

  /**
   * Ideas in which a person may hold a share, ascending: those whose u_v they are in (their own and what
   * builds on them), and everything their ideas built on (through the pool). With `past`, also those in which they
   * may have held one earlier: ideas they were ever in the split of (idea_author_weights, e.g. left giving their
   * share away) and what builds on those.
   */
  async candidateIdeaIds(db: Queryable, personId: string, past = false): Promise<string[]> {
    const former = `SELECT w.idea_id FROM idea_author_weights w WHERE w.person_id = $1`;
    const rows: Array<{ id: string }> = await db.query(
      `WITH RECURSIVE built_on(id) AS (
         SELECT a.idea_id FROM idea_authors a WHERE a.person_id = $1 AND a.state IN ('ACCEPTED', 'LEFT')
         ${past ? `UNION ${former}` : ''}
         UNION
         SELECT e.parent_id FROM idea_edges e JOIN built_on b ON e.child_id = b.id
       )${
         past
           ? `, built_from(id) AS (
         SELECT e.child_id FROM idea_edges e WHERE e.parent_id IN (${former})
         UNION
         SELECT e.child_id FROM idea_edges e JOIN built_from d ON e.parent_id = d.id
       )`
           : ''
       }
       SELECT id::text AS id FROM (SELECT id FROM built_on UNION SELECT idea_id FROM idea_upstream_credit WHERE person_id = $1 ${past ? 'UNION SELECT id FROM built_from' : ''}) c ORDER BY id`,
      [personId],
    );
    return rows.map((r) => r.id);
  }

  /** Deletes the stored u_v of `ideaIds`. */
  async deleteUpstream(db: Queryable, ideaIds: readonly (string | number)[]): Promise<void> {
    await db.query(`DELETE FROM idea_upstream_credit WHERE idea_id = ANY($1::bigint[])`, [ideaIds]);
  }

  /** Inserts u_v rows with array parameters, a batch per statement (incremental updates). */
  async insertUpstream(db: Queryable, rows: ReadonlyArray<readonly [string, Shares]>): Promise<void> {
    let ideaIds: string[] = [];
    let personIds: string[] = [];
    let shares: number[] = [];
    const flush = async () => {
      if (ideaIds.length === 0) return;
      await db.query(
        `INSERT INTO idea_upstream_credit (idea_id, person_id, share) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::float8[])`,
        [ideaIds, personIds, shares],
      );
      ideaIds = [];
      personIds = [];
      shares = [];
    };
    for (const [ideaId, credit] of rows) {
      for (const [personId, share] of credit) {
        ideaIds.push(ideaId);
        personIds.push(personId);
        shares.push(share);
      }
      if (ideaIds.length >= INSERT_BATCH) await flush();
    }
    await flush();
  }

  /** What the full recompute needs of the graph, as columns: ideas (id, ρ), accepted authors with their weights, edges. */
  async readLineage(client: pg.ClientBase): Promise<LineageColumns> {
    const [ideaId, retention] = [new Column(), new Column()];
    await copyOut(client, `COPY (SELECT id, retention FROM ideas) TO STDOUT (FORMAT binary)`, 2, (b, at) => {
      ideaId.push(readId(b, at));
      retention.push(b.readDoubleBE(at + 12));
    });
    const [authorIdea, authorPerson, authorWeight] = [new Column(), new Column(), new Column()];
    await copyOut(client, `COPY (SELECT idea_id, person_id, weight FROM idea_authors WHERE state IN ('ACCEPTED', 'LEFT')) TO STDOUT (FORMAT binary)`, 3, (b, at) => {
      authorIdea.push(readId(b, at));
      authorPerson.push(readId(b, at + 12));
      authorWeight.push(b.readDoubleBE(at + 24));
    });
    const [edgeChild, edgeParent, edgeWeight] = [new Column(), new Column(), new Column()];
    await copyOut(client, `COPY (SELECT child_id, parent_id, weight FROM idea_edges) TO STDOUT (FORMAT binary)`, 3, (b, at) => {
      edgeChild.push(readId(b, at));
      edgeParent.push(readId(b, at + 12));
      edgeWeight.push(b.readDoubleBE(at + 24));
    });
    return {
      ideaId: ideaId.values(),
      retention: retention.values(),
      authorIdea: authorIdea.values(),
      authorPerson: authorPerson.values(),
      // co-authors share an idea equally (CREDIT.md's default a_v) unless a merge weighted them
      authorWeight: authorWeight.values(),
      edgeChild: edgeChild.values(),
      edgeParent: edgeParent.values(),
      edgeWeight: edgeWeight.values(),
    };
  }

  /** Ideas whose stored u_v differs from `expected` by more than `tolerance` for some person (ascending ids); streams every stored row. */
  async storedDrift(client: pg.ClientBase, expected: UpstreamColumns, tolerance: number): Promise<number[]> {
    const drift = new UpstreamDrift(expected, tolerance);
    await copyOut(client, `COPY (SELECT idea_id, person_id, share FROM idea_upstream_credit) TO STDOUT (FORMAT binary)`, 3, (b, at) => drift.row(readId(b, at), readId(b, at + 12), b.readDoubleBE(at + 24)));
    return drift.drifting();
  }

  /** Appends the u_v of `ideaIds` (ascending; ideas of `u`) with binary COPY; returns the number of rows written. */
  copyUpstream(client: pg.ClientBase, u: UpstreamColumns, ideaIds: readonly number[]): Promise<number> {
    return copyUpstreamIn(client, `COPY idea_upstream_credit (idea_id, person_id, share) FROM STDIN (FORMAT binary)`, u, ideaIds);
  }
}
