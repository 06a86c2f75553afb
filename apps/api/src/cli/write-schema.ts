import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../app';
import { REPO_ROOT, loadConfig } from '../config';

/** `npm run schema:write`: regenerates the committed schema.graphql from the code. */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'apps/api/schema.graphql');

const sdl = await printApiSchema({ ...loadConfig({ DATABASE_URL: 'postgres://unused/unused' }) });
writeFileSync(SCHEMA_FILE, sdl);
console.log(`[kindling] wrote ${path.relative(REPO_ROOT, SCHEMA_FILE)}`);
