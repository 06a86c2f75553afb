export * from './models/credit.model';
export * from './credit.service';
export * from './credit.module';
export * from './models/credit-history.model';
export * from './upstream-credit.handler';
export type { FactsOfIdea } from './credit-from-facts';
