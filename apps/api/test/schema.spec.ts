import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../src/app';
import { REPO_ROOT, loadConfig } from '../src/config';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:write` after changing the API)', async () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'apps/api/schema.graphql'), 'utf8');
    const built = await printApiSchema(loadConfig({ DATABASE_URL: 'postgres://unused/unused' }));
    expect(built).toBe(committed);
  });
});
