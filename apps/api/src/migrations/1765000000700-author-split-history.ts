import type { MigrationInterface, QueryRunner } from 'typeorm';

type Split = Map<string, number>;
type Authors = Array<{ personId: unknown; weight: unknown }>;
/** The parts of the ledgered payloads that carry a_v (graph.events.ts). */
interface SplitPayload {
  ideaId?: unknown;
  authorId?: unknown;
  personId?: unknown;
  authors?: Authors;
  into?: { ideaId: unknown; authors: Authors };
}

/**
 * The split's history (a_v over time), so that credit at a past moment (`Person.creditHistory`) uses the weights
 * of that moment: `idea_authors.weight` is changed in place. A row says that from `valid_from` on the person's
 * raw weight in the idea's a_v is `weight`, or that they are out of it (NULL: left giving their share, or
 * removed by an unmerge). Written by GraphRepository with every write of a_v, in the same transaction; rows
 * written in one transaction share `valid_from` and are ordered by `id`.
 *
 * Backfill: the ledger carries a_v as every credit-affecting write left it (postings, acceptances with their
 * split, split changes, leaving, merges), so replaying it restores the past splits, dated when each was written.
 * What the ledger cannot tell (rows written around it, e.g. bulk loads) is taken from `idea_authors`: a member
 * never seen gets their current weight from when they became an author, which is the best one can do once the
 * old weight was overwritten.
 */
export class AuthorSplitHistory1765000000700 implements MigrationInterface {
  name = 'AuthorSplitHistory1765000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idea_author_weights (
        id bigserial PRIMARY KEY,
        idea_id bigint NOT NULL REFERENCES ideas (id),
        person_id bigint NOT NULL REFERENCES people (id),
        weight double precision CHECK (weight > 0),
        valid_from timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idea_author_weights_idea_idx ON idea_author_weights (idea_id, person_id, valid_from, id)`);
    await q.query(`CREATE INDEX idea_author_weights_person_idx ON idea_author_weights (person_id, idea_id)`);

    await this.replayLedger(q);
    const joined = `CASE WHEN a.person_id = i.posted_by THEN i.created_at ELSE greatest(COALESCE(a.responded_at, a.invited_at), i.created_at) END`;
    const last = `SELECT DISTINCT ON (idea_id, person_id) idea_id, person_id, weight FROM idea_author_weights ORDER BY idea_id, person_id, valid_from DESC, id DESC`;
    // members the ledger never showed: their weight from when they joined
    await q.query(`
      INSERT INTO idea_author_weights (idea_id, person_id, weight, valid_from)
      SELECT a.idea_id, a.person_id, a.weight, ${joined}
        FROM idea_authors a JOIN ideas i ON i.id = a.idea_id
       WHERE a.state IN ('ACCEPTED', 'LEFT', 'LEFT_GAVE_SHARE')
         AND NOT EXISTS (SELECT 1 FROM idea_author_weights w WHERE w.idea_id = a.idea_id AND w.person_id = a.person_id)
       ORDER BY a.idea_id, a.person_id`);
    // who gave their share away is out of a_v since they left
    await q.query(`
      INSERT INTO idea_author_weights (idea_id, person_id, weight, valid_from)
      SELECT a.idea_id, a.person_id, NULL, COALESCE(a.left_at, now())
        FROM idea_authors a JOIN (${last}) l ON l.idea_id = a.idea_id AND l.person_id = a.person_id
       WHERE a.state = 'LEFT_GAVE_SHARE' AND l.weight IS NOT NULL
       ORDER BY a.idea_id, a.person_id`);
    // where the ledger and the table disagree, the table holds from now on
    await q.query(`
      INSERT INTO idea_author_weights (idea_id, person_id, weight)
      SELECT a.idea_id, a.person_id, a.weight
        FROM idea_authors a JOIN (${last}) l ON l.idea_id = a.idea_id AND l.person_id = a.person_id
       WHERE a.state IN ('ACCEPTED', 'LEFT') AND l.weight IS DISTINCT FROM a.weight
       ORDER BY a.idea_id, a.person_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idea_author_weights`);
  }

  /** a_v after each ledgered write, as rows for the members whose weight it changed. */
  private async replayLedger(q: QueryRunner): Promise<void> {
    const entries: Array<{ at: Date; type: string; payload: SplitPayload }> = await q.query(
      `SELECT occurred_at AS at, event_type AS type, payload FROM ledger_entries
        WHERE event_type IN ('IDEA_POSTED', 'BUILT_ON', 'COAUTHOR_ACCEPTED', 'AUTHOR_SPLIT_CHANGED', 'AUTHOR_LEFT', 'IDEAS_MERGED', 'IDEA_UNMERGED')
        ORDER BY seq`,
    );
    const splits = new Map<string, Split>();
    const rows: { idea: string[]; person: string[]; weight: Array<number | null>; at: Date[] } = { idea: [], person: [], weight: [], at: [] };
    const weighted = (authors: Authors): Split => new Map(authors.map((a) => [String(a.personId), Number(a.weight)]));
    for (const { at, type, payload: p } of entries) {
      const merge = type === 'IDEAS_MERGED' || type === 'IDEA_UNMERGED';
      const ideaId = String(merge ? p.into!.ideaId : p.ideaId);
      const before = splits.get(ideaId) ?? new Map<string, number>();
      let after: Split;
      if (type === 'IDEA_POSTED' || type === 'BUILT_ON') after = new Map([[String(p.authorId), 1]]);
      // entries from before invitations carried a split: the new co-author weighs 1
      else if (type === 'COAUTHOR_ACCEPTED' && p.authors === undefined) after = new Map([...before, [String(p.personId), 1]]);
      else after = weighted(merge ? p.into!.authors : p.authors!);
      for (const person of new Set([...before.keys(), ...after.keys()])) {
        const weight = after.get(person) ?? null;
        if (weight === (before.get(person) ?? null)) continue;
        rows.idea.push(ideaId);
        rows.person.push(person);
        rows.weight.push(weight);
        rows.at.push(at);
      }
      splits.set(ideaId, after);
    }
    if (rows.idea.length === 0) return;
    // an entry about an idea or a person the tables do not hold (a damaged ledger is verify's to report) is skipped
    await q.query(
      `INSERT INTO idea_author_weights (idea_id, person_id, weight, valid_from)
       SELECT r.idea_id, r.person_id, r.weight, r.at FROM unnest($1::bigint[], $2::bigint[], $3::float8[], $4::timestamptz[]) WITH ORDINALITY AS r(idea_id, person_id, weight, at, n)
        WHERE EXISTS (SELECT 1 FROM ideas WHERE id = r.idea_id) AND EXISTS (SELECT 1 FROM people WHERE id = r.person_id)
        ORDER BY r.n`,
      [rows.idea, rows.person, rows.weight, rows.at],
    );
  }
}
