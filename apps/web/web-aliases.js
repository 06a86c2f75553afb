// The web projects' import aliases for Vite, read from tsconfig.base.json (the one list of aliases):
// the web libs and the shared ones the web may import (scope:shared).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

export const webAliases = Object.fromEntries(
  Object.entries(compilerOptions.paths)
    .filter(([alias]) => alias.startsWith('@kindling/web/') || alias === '@kindling/credit')
    .map(([alias, [target]]) => [alias, path.join(root, target)]),
);
