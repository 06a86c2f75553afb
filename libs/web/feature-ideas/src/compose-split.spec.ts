import { describe, expect, it } from '@jest/globals';
import { checkSplitShares } from '@kindling/shared/rules';
import { addShare, equalShares, normaliseShares, removeShare, setShare } from './compose-split';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('the split as whole percentages: what is shown is what is stored', () => {
  it('moves the other parent when one is set, so 70 beside 50 becomes 70 / 30', () => {
    expect(setShare([50, 50], 0, 70)).toEqual([70, 30]);
    expect(setShare([70, 30], 1, 45)).toEqual([55, 45]);
  });

  it('keeps the others in proportion', () => {
    expect(setShare([34, 33, 33], 0, 60)).toEqual([60, 20, 20]);
    expect(setShare([20, 60, 20], 2, 40)).toEqual([15, 45, 40]);
  });

  it('never lets a part reach zero', () => {
    expect(setShare([50, 50], 0, 100)).toEqual([99, 1]);
    expect(setShare([50, 25, 25], 0, 100)).toEqual([98, 1, 1]);
    expect(setShare([50, 50], 0, 0)).toEqual([1, 99]);
  });

  it('gives a new parent an equal part and a removed one’s part to the rest', () => {
    expect(addShare([])).toEqual([100]);
    expect(addShare([100])).toEqual([50, 50]);
    expect(addShare([70, 30])).toEqual([47, 20, 33]);
    expect(removeShare([47, 20, 33], 2)).toEqual([70, 30]);
    expect(equalShares(3)).toEqual([34, 33, 33]);
    expect(normaliseShares([75, 50])).toEqual([60, 40]);
  });

  it('always passes the shared rule for percentages', () => {
    let shares = [100];
    for (let step = 0; step < 200; step++) {
      const n = shares.length;
      shares = step % 7 === 0 && n < 10 ? addShare(shares) : step % 11 === 0 && n > 1 ? removeShare(shares, step % n) : setShare(shares, step % n, (step * 37) % 101);
      expect(sum(shares)).toBe(100);
      expect(checkSplitShares(shares, shares.length)).toBeNull();
    }
  });
});
