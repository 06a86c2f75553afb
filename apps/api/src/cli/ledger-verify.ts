import { LedgerService } from '@kindling/api/ledger';
import { withCliContext } from './cli-context';

/** `npm run ledger:verify`: exit 0 when the chain is intact, 2 with the first broken entry otherwise. */
await withCliContext(async (app) => {
  const result = await app.get(LedgerService).verify();
  if (result.intact) {
    console.log(`[kindling] ledger intact: ${result.checkedEntries} entries verified.`);
    return 0;
  }
  console.error(`[kindling] ledger BROKEN at entry ${result.firstBrokenSeq}: ${result.problem} (${result.checkedEntries} entries verified before it).`);
  return 2;
});
