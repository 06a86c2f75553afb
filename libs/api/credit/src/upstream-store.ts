import type { Queryable } from '@kindling/api/ideas';

const BATCH = 20_000;

/** Inserts u_v rows with array parameters, a batch per statement. */
export async function writeUpstreamRows(m: Queryable, rows: ReadonlyArray<readonly [string, ReadonlyMap<string, number>]>): Promise<void> {
  let ideaIds: string[] = [];
  let personIds: string[] = [];
  let shares: number[] = [];
  const flush = async () => {
    if (ideaIds.length === 0) return;
    await m.query(
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
    if (ideaIds.length >= BATCH) await flush();
  }
  await flush();
}
