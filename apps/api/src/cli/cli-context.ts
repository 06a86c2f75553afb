import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule } from '@kindling/api/core';
import { LedgerModule } from '@kindling/api/ledger';
import { ReviewModule } from '@kindling/api/review';
import { type AppConfig, loadConfig } from '../config';
import { dataSourceOptions } from '../database/data-source';
import { openDatabase } from '../database/open-database';
import { DOMAIN_MODULES, IN_TRANSACTION_HANDLERS, OUTBOX_CONSUMERS } from '../domains';

@Module({})
class CliModule {
  static forRoot(url: string, config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [
        TypeOrmModule.forRoot(dataSourceOptions(url)),
        // no job queue: the server's relay delivers what a command writes
        CoreModule.forRoot({ inTransactionHandlers: IN_TRANSACTION_HANDLERS, outboxConsumers: OUTBOX_CONSUMERS, databaseUrl: null }),
        // the CLI reads the server's anchors but never anchors: only the server vouches for the head
        LedgerModule.settings({ anchorsFile: config.ledgerAnchorsFile, anchoring: false, anchorEveryMinutes: 0 }),
        ReviewModule.settings(config.review),
        ...DOMAIN_MODULES,
      ], };
  }
}

/** The domain services without HTTP, on the same database `npm start` uses; closes everything after `work`. */
export async function withCliContext(work: (app: INestApplicationContext) => Promise<number>): Promise<never> {
  let code = 1;
  try {
    const config = loadConfig();
    const database = await openDatabase(config);
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(database.url, config), { logger: ['error'] });
    try {
      code = await work(app);
    } finally {
      await app.close();
      await database.stop();
    }
  } catch (error) {
    console.error(`[kindling] ${(error as Error).message}`);
  }
  process.exit(code);
}
