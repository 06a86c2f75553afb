import { loadConfig } from '../config';
import { openDatabase } from '../database/open-database';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
const database = await openDatabase(loadConfig()).catch((error: Error) => {
  console.error(`[kindling] ${error.message}`);
  process.exit(1);
});
await database.stop();
