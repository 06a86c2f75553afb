export * from './models/credit.model';
export * from './credit.service';
export * from './credit.module';
export * from './models/credit-history.model';
export * from './upstream-credit.handler';
export { MAX_HISTORY_PERIODS } from './credit-history.service';
