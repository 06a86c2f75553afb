/**
 * Invalid input to the credit engine (a weight that is not > 0, a retention outside its range, no author…).
 * It extends RangeError so callers that only know "bad numeric input" can still catch it.
 */
export class CreditInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'CreditInputError';
  }
}

/**
 * The lineage is not a DAG over the given ideas: either a cycle (`ideaIds` is the cycle, first id repeated
 * at the end), or a parent id that is not among the ideas (`ideaIds` = [child, missing parent]).
 */
export class CycleError extends Error {
  readonly reason: 'cycle' | 'unknown-parent';
  readonly ideaIds: readonly string[];

  constructor(reason: 'cycle' | 'unknown-parent', ideaIds: readonly string[], message: string) {
    super(message);
    this.name = 'CycleError';
    this.reason = reason;
    this.ideaIds = ideaIds;
  }
}
