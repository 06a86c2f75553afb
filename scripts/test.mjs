// `npm test`: every check, in order, stopping at the first failure.
//   typecheck → lint → schema drift → Jest (unit + integration) → browser tests (when the web app exists)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim() };
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const steps = [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  // the module-boundaries rule reads Nx's project graph, which a fresh clone has not computed yet
  ['project graph', bin('nx'), ['show', 'projects']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['unit and integration tests', bin('jest'), ['--maxWorkers=2', ...process.argv.slice(2)]],
];
if (existsSync(path.join(root, 'apps/web-e2e/jest.config.js'))) {
  steps.push(['browser tests', bin('jest'), ['-c', 'apps/web-e2e/jest.config.js', '--runInBand']]);
}

for (const [name, command, args] of steps) {
  console.log(`\n[test] ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[test] ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`[test] ${name}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
