import { CreditService } from '@kindling/api/credit';
import { withCliContext } from './cli-context';

/** `npm run credit:recompute`: recomputes every idea's upstream credit from the recorded graph and stores what differs. */
await withCliContext(async (app) => {
  const started = Date.now();
  const { ideas, entries, rewritten, written, seconds } = await app.get(CreditService).recomputeAll();
  const phases = (['read', 'compute', 'compare', 'write'] as const).map((phase) => `${phase} ${seconds[phase].toFixed(2)} s`).join(', ');
  console.log(
    `[kindling] recomputed upstream credit of ${ideas} ideas (${entries} shares); rewrote ${rewritten} ideas (${written} shares) in ${((Date.now() - started) / 1000).toFixed(2)} s (${phases}).`,
  );
  return 0;
});
