import { CreditInputError } from './errors';

/** The model's constants (see README.md and docs/: they are shown to users). */
export interface CreditConfig {
  /** β: the largest part of an idea's credit that can ever go to the extender pool. */
  beta: number;
  /** δ: per-generation decay of a build-on's pool weight (depth 1 counts 1, depth 2 counts δ, …). */
  delta: number;
  /** q₀: pool weight of an unendorsed build-on; each counted endorsement adds 1. */
  q0: number;
  /** C₀: pool weight at which the pool reaches its bound β. */
  c0: number;
  /** Retention ρ a build-on gets unless a reviewer sets another one (used by callers, not by the engine). */
  defaultRetention: number;
  /** Smallest and largest retention accepted for a build-on. */
  minRetention: number;
  maxRetention: number;
}

export const DEFAULT_CREDIT_CONFIG: Readonly<CreditConfig> = Object.freeze({
  beta: 0.25,
  delta: 0.5,
  q0: 0.25,
  c0: 4,
  defaultRetention: 0.6,
  minRetention: 0.2,
  // < 1 so that a build-on always passes something up: no ancestor author is ever erased (property 3).
  maxRetention: 0.95,
});

function check(ok: boolean, what: string, value: unknown): void {
  if (!ok) throw new CreditInputError(`credit config: ${what} (got ${String(value)})`);
}

/**
 * Fills missing constants from the defaults and checks the ranges the properties rely on:
 * β ∈ (0, 1) and q₀, δ > 0 so every extender keeps a share; max retention < 1 so every ancestor does.
 */
export function resolveConfig(config?: Partial<CreditConfig>): Readonly<CreditConfig> {
  // Cheap (a few comparisons), so it runs once per public call rather than being cached.
  if (config === undefined || config === DEFAULT_CREDIT_CONFIG) return DEFAULT_CREDIT_CONFIG;
  const c: CreditConfig = { ...DEFAULT_CREDIT_CONFIG, ...config };
  const finite = (x: number) => typeof x === 'number' && Number.isFinite(x);
  check(finite(c.beta) && c.beta > 0 && c.beta < 1, 'beta must be in (0, 1)', c.beta);
  check(finite(c.delta) && c.delta > 0 && c.delta <= 1, 'delta must be in (0, 1]', c.delta);
  check(finite(c.q0) && c.q0 > 0, 'q0 must be > 0', c.q0);
  check(finite(c.c0) && c.c0 > 0, 'c0 must be > 0', c.c0);
  check(
    finite(c.minRetention) && c.minRetention > 0 && c.minRetention <= c.maxRetention,
    'minRetention must be in (0, maxRetention]',
    c.minRetention,
  );
  check(finite(c.maxRetention) && c.maxRetention < 1, 'maxRetention must be < 1', c.maxRetention);
  check(
    finite(c.defaultRetention) && c.defaultRetention >= c.minRetention && c.defaultRetention <= c.maxRetention,
    'defaultRetention must be in [minRetention, maxRetention]',
    c.defaultRetention,
  );
  return Object.freeze(c);
}
