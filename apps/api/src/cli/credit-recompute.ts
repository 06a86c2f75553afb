import { CreditService } from '@kindling/api/credit';
import { withCliContext } from './cli-context';

/** `npm run credit:recompute`: rebuilds every idea's materialised upstream credit from the recorded graph. */
await withCliContext(async (app) => {
  const started = Date.now();
  const { ideas, entries } = await app.get(CreditService).recomputeAll();
  console.log(`[kindling] recomputed upstream credit of ${ideas} ideas (${entries} shares) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
});
