export * from './ledger-hash';
export * from './ledger.service';
export * from './ledger.recorder';
export * from './ledger.module';
