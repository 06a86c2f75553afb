import { LedgerService } from '@kindling/api/ledger';
import { withCliContext } from './cli-context';

/**
 * `npm run ledger:verify`: checks the hash chain, the live tables against what the ledger replays to, and the
 * chain against the anchors kept outside the database. Exit 0 with a one-line summary when all is well, 2
 * with every problem (the first one first) otherwise.
 */
await withCliContext(async (app) => {
  const result = await app.get(LedgerService).verify();
  const anchors = result.anchorsFile
    ? `${result.anchoredEntries} entries match their anchors (anchored up to entry ${result.anchorsFile.lastSeq} in ${result.anchorsFile.path})`
    : 'no anchors yet (the server writes them to its data directory)';
  if (result.intact) {
    console.log(`[kindling] ledger intact: ${result.checkedEntries} entries verified, the live tables match the ledger, ${anchors}.`);
    return 0;
  }
  const at = result.firstBrokenSeq === null ? '' : ` at entry ${result.firstBrokenSeq}`;
  console.error(`[kindling] ledger BROKEN${at}: ${result.problem} (${result.checkedEntries} entries verified; ${anchors}).`);
  for (const problem of result.problems.slice(1)) console.error(`[kindling]   also: ${problem}`);
  return 2;
});
