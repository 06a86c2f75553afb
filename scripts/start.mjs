// `npm start`: builds the web app when its sources changed, then starts the API (which serves it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runTypeScript } from './run.mjs';

const root = path.resolve(import.meta.dirname, '..');
const webConfig = path.join(root, 'apps/web/vite.config.ts');
const builtIndex = path.join(root, 'dist/apps/web/index.html');

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (existsSync(webConfig)) {
  const sources = Math.max(newestMtime(path.join(root, 'apps/web')), newestMtime(path.join(root, 'libs/web')));
  if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sources) {
    console.log('[kindling] building the web app …');
    execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  }
}
// graphql-js runs extra development checks on every field unless told it is production (~20 % of API CPU)
process.env.NODE_ENV ??= 'production';
runTypeScript('apps/api/src/main.ts');
