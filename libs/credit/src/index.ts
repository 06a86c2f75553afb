/**
 * @kindling/credit: the pure credit engine (no I/O, no dependencies). See README.md for the model.
 */
export { compareIds, sortedEntries } from './ids';
export { DEFAULT_CREDIT_CONFIG, resolveConfig, type CreditConfig } from './config';
export { CreditInputError, CycleError } from './errors';
export { upstreamCredit, upstreamTrail } from './upstream';
export { shortestDepths, topologicalOrder } from './graph';
export { computeUpstreamColumns, UpstreamDrift, type LineageColumns, type UpstreamColumns } from './columns';
export { extenderPool, ideaCredit } from './pool';
export { apportion, toPartsPerMillion, PARTS_PER_MILLION } from './ppm';
export type {
  ExtenderPool,
  FamilyMember,
  IdeaCredit,
  IdeaId,
  ParentUpstream,
  PersonId,
  PoolTerm,
  Shares,
  TrailTerm,
  UpstreamInput,
  WeightedAuthor,
} from './types';
