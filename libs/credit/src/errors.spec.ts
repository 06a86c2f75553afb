/** Validation of the per-idea functions (the full pass's own errors are in columns.spec.ts). */
import { CreditInputError, extenderPool, ideaCredit, toPartsPerMillion, upstreamCredit } from './index';

const author = (personId: string, weight = 1) => ({ personId, weight });
const rootUpstream = new Map([['alice', 1]]);
const buildOn = (retention: number) => ({
  retention,
  authors: [author('bob')],
  parents: [{ ideaId: '1', weight: 1, upstream: rootUpstream }],
});

/** The error thrown by fn (fails the test if nothing is thrown). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('errors', () => {
  it('rejects a build-on retention outside [minRetention, maxRetention] with a RangeError', () => {
    for (const bad of [0.1, 0.19, 0.96, 1, 0, -1, NaN, Infinity]) {
      const e = thrown(() => upstreamCredit(buildOn(bad)));
      expect(e).toBeInstanceOf(RangeError);
      expect(e).toBeInstanceOf(CreditInputError);
      expect(e.message).toMatch(/retention must be in \[0.2, 0.95\]/);
    }
    expect(() => upstreamCredit(buildOn(0.2))).not.toThrow();
    expect(() => upstreamCredit(buildOn(0.95))).not.toThrow();
    // Ignored for a root; configurable bounds.
    expect(() => upstreamCredit({ retention: 7, authors: [author('a')], parents: [] })).not.toThrow();
    expect(() => upstreamCredit(buildOn(0.1), { minRetention: 0.1 })).not.toThrow();
  });

  it('requires at least one author, with valid weights', () => {
    expect(thrown(() => upstreamCredit({ retention: 1, authors: [], parents: [] })).message).toMatch(/at least one author/);
    expect(() => ideaCredit(buildOn(0.6), [{ ideaId: '2', depth: 1, createdAt: 0, authors: [], endorsers: [] }])).toThrow(/at least one author/);
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => upstreamCredit({ retention: 1, authors: [author('a', bad)], parents: [] })).toThrow(/weight must be a finite number > 0/);
      expect(() => upstreamCredit({ ...buildOn(0.6), parents: [{ ideaId: '1', weight: bad, upstream: rootUpstream }] })).toThrow(/weight/);
    }
  });

  it('rejects inconsistent inputs', () => {
    const z = { ideaId: '2', depth: 1, createdAt: 0, authors: [author('b')], endorsers: [] };
    expect(() => extenderPool([z, z])).toThrow(/appears twice/);
    expect(() => extenderPool([{ ...z, depth: 0 }])).toThrow(/depth must be an integer ≥ 1/);
    expect(() => extenderPool([{ ...z, depth: 1.5 }])).toThrow(/depth/);
    expect(() => extenderPool([{ ...z, significance: 0 }])).toThrow(/significance/);
    expect(() => extenderPool([{ ...z, createdAt: NaN }])).toThrow(/createdAt/);
    // A parent's upstream must be a distribution; a parent listed twice must carry the same one.
    expect(() => upstreamCredit({ ...buildOn(0.6), parents: [{ ideaId: '1', weight: 1, upstream: new Map([['a', 500_000]]) }] })).toThrow(
      /sums to/,
    );
    expect(() => upstreamCredit({ ...buildOn(0.6), parents: [{ ideaId: '1', weight: 1, upstream: new Map() }] })).toThrow(/non-empty/);
    const twice = (other: Map<string, number>) =>
      upstreamCredit({
        ...buildOn(0.6),
        parents: [
          { ideaId: '1', weight: 1, upstream: rootUpstream },
          { ideaId: '1', weight: 3, upstream: other },
        ],
      });
    expect(() => twice(new Map([['carol', 1]]))).toThrow(/listed twice/);
    expect(twice(new Map([['alice', 1]]))).toEqual(upstreamCredit(buildOn(0.6))); // merged: same as listed once
    expect(() => toPartsPerMillion(new Map())).toThrow(RangeError);
  });

  it('validates the config', () => {
    expect(() => upstreamCredit(buildOn(0.6), { beta: 1 })).toThrow(/beta/);
    expect(() => upstreamCredit(buildOn(0.6), { maxRetention: 1 })).toThrow(/maxRetention must be < 1/);
    expect(() => upstreamCredit(buildOn(0.6), { q0: 0 })).toThrow(/q0/);
    expect(() => upstreamCredit(buildOn(0.6), { defaultRetention: 0.1 })).toThrow(/defaultRetention/);
  });
});
