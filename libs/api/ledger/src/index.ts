export * from './entities/ledger-entry.entity';
export * from './ledger-hash';
export * from './ledger.service';
export * from './ledger.module';
