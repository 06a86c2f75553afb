import fc from 'fast-check';
import { apportion, CreditInputError, toPartsPerMillion } from './index';

describe('apportion', () => {
  it('splits a whole number exactly, by largest remainder, ties to the earlier weight', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(100, [1, 2, 1])).toEqual([25, 50, 25]);
    // 2/3·10 = 6.67 and 1/3·10 = 3.33: the missing unit goes to the larger remainder, wherever it is listed
    expect(apportion(10, [1, 2])).toEqual([3, 7]);
    expect(apportion(10, [2, 1])).toEqual([7, 3]);
    expect(apportion(5, [1, 1, 1, 1])).toEqual([2, 1, 1, 1]);
  });

  it('gives nothing to zero weights, and nothing at all when every weight is 0', () => {
    expect(apportion(7, [0, 2])).toEqual([0, 7]);
    expect(apportion(7, [0, 0])).toEqual([0, 0]);
    expect(apportion(7, [])).toEqual([]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });

  it('always adds up to the total with every part within 1 of its exact value', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2_000_000 }), fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (total, weights) => {
        const parts = apportion(total, weights);
        const sum = weights.reduce((s, w) => s + w, 0);
        if (sum === 0) return;
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - (weights[i] / sum) * total)).toBeLessThan(1);
        });
      }),
    );
  });

  it('refuses a total that is not a whole number ≥ 0 and weights that are negative or not finite', () => {
    for (const total of [-1, 1.5, NaN, Infinity]) expect(() => apportion(total, [1])).toThrow(CreditInputError);
    for (const w of [-1, NaN, Infinity]) expect(() => apportion(10, [1, w])).toThrow(/weights must be finite numbers ≥ 0/);
  });
});

describe('toPartsPerMillion', () => {
  it('gives the missing unit to the largest remainder, ties by compareIds', () => {
    const third = 1 / 3;
    expect(Object.fromEntries(toPartsPerMillion(new Map([['x', third], ['10', third], ['9', third]])))).toEqual({
      '9': 333334,
      '10': 333333,
      x: 333333,
    });
    expect([...toPartsPerMillion(new Map([['b', 0.5], ['a', 0.5]]))]).toEqual([['a', 500000], ['b', 500000]]);
    // 0.1234567 → 123456.7 rounds up, 0.8765433 → 876543.3 stays down.
    expect(Object.fromEntries(toPartsPerMillion(new Map([['a', 0.1234567], ['b', 0.8765433]])))).toEqual({ a: 123457, b: 876543 });
  });

  it('always sums to exactly 1,000,000 with every part within 1 of share·10⁶', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-9, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }), (raw) => {
        const sum = raw.reduce((s, x) => s + x, 0);
        const shares = new Map(raw.map((x, i) => [String(i), x / sum]));
        const ppm = toPartsPerMillion(shares);
        let total = 0;
        for (const [id, share] of shares) {
          const p = ppm.get(id)!;
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - share * 1e6)).toBeLessThan(1);
          total += p;
        }
        expect(total).toBe(1_000_000);
      }),
    );
  });
});
