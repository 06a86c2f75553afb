// `npm start`: builds the web app through Nx (`nx run web:build`, replayed from the local cache when
// nothing it reads changed), then starts the API, which serves it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runTypeScript } from './run.mjs';

const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync(path.join(root, 'node_modules/.bin/nx'), ['run', 'web:build', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[kindling] the web build failed');
  process.exit(build.status ?? 1);
}
// graphql-js runs extra development checks on every field unless told it is production (~20 % of API CPU)
process.env.NODE_ENV ??= 'production';
runTypeScript('apps/api/src/main.ts');
