// Runs a TypeScript entry point of the workspace (ESM, path aliases) through SWC, no build step:
//   node scripts/run.mjs apps/api/src/cli/ledger-verify.ts
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

export function runTypeScript(entry, args = []) {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', '--enable-source-maps', path.resolve(root, entry), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
  });
  // Ctrl-C reaches the child through the terminal's process group; forward only what the terminal does not send.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  runTypeScript(entry, args);
}
