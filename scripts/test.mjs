// `npm test`: every check, in order, stopping at the first failure.
//   typecheck → codegen drift → lint → Jest (unit, component, integration, schema drift) → browser tests
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim() };
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const steps = [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['typecheck web', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit']],
  ['typecheck browser tests', bin('tsc'), ['-p', 'apps/web-e2e/tsconfig.json', '--noEmit']],
  ['web documents match the schema', bin('graphql-codegen'), ['--config', 'apps/web/codegen.ts', '--check']],
  // the module-boundaries rule reads Nx's project graph, which a fresh clone has not computed yet
  ['project graph', bin('nx'), ['show', 'projects']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['unit and integration tests', bin('jest'), ['--maxWorkers=2', ...process.argv.slice(2)]],
];
steps.push(['browser tests', bin('jest'), ['-c', 'apps/web-e2e/jest.config.js', '--runInBand']]);

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
