export * from './ledger-hash';
export * from './ledger-anchors';
export * from './ledger-replay';
export * from './ledger.service';
export * from './ledger.recorder';
export * from './ledger.anchorer';
export * from './ledger.module';
