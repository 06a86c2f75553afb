import fc from 'fast-check';
import { compareIds, sortedEntries } from './index';
import { prng, shuffled } from './testing/dag';

describe('compareIds', () => {
  it('orders digit strings numerically (beyond 2^53 too), then other strings by code unit', () => {
    const ids = ['x', '10', 'a', '9', '007', '7', '2', '10000000000000000000000', '9999999999999999999999', 'B'];
    expect(ids.slice().sort(compareIds)).toEqual([
      '2',
      '007', // same number as "7": ties between spellings fall back to string order
      '7',
      '9',
      '10',
      '9999999999999999999999',
      '10000000000000000000000',
      'B',
      'a',
      'x',
    ]);
    expect(compareIds('42', '42')).toBe(0);
  });

  it('is a total order (antisymmetric, transitive), so sorting does not depend on input order', () => {
    const id = fc.oneof(fc.stringMatching(/^[0-9]{1,20}$/), fc.string({ maxLength: 4 }), fc.nat().map(String));
    fc.assert(
      fc.property(id, id, id, (a, b, c) => {
        expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
        expect(compareIds(a, b) === 0).toBe(a === b);
        if (compareIds(a, b) < 0 && compareIds(b, c) < 0) expect(compareIds(a, c)).toBeLessThan(0);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 30 }), fc.integer(), (ids, seed) => {
        expect(shuffled(ids, prng(seed)).sort(compareIds)).toEqual(ids.slice().sort(compareIds));
      }),
    );
  });

  it('sortedEntries orders by id or by share', () => {
    const m = new Map([['10', 0.25], ['9', 0.25], ['b', 0.5]]);
    expect(sortedEntries(m)).toEqual([['9', 0.25], ['10', 0.25], ['b', 0.5]]);
    expect(sortedEntries(m, 'share')).toEqual([['b', 0.5], ['9', 0.25], ['10', 0.25]]);
  });
});
