import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { apportionPpm } from './exact-percent';

describe('apportionPpm', () => {
  it('gives the 0.01 % lost by rounding each share on its own to the largest remainders', () => {
    expect(apportionPpm([333_334, 333_333, 333_333])).toEqual([3334, 3333, 3333]);
    expect(apportionPpm([335_060, 335_060, 329_880])).toEqual([3351, 3350, 3299]);
    expect(apportionPpm([600_000, 250_000, 150_000])).toEqual([6000, 2500, 1500]);
  });

  it('rounds a part of a whole to the total its row showed', () => {
    expect(apportionPpm([516_049, 241_049, 141_049], 8982)).toEqual([5161, 2411, 1410]);
    expect(apportionPpm([516_049, 241_049, 141_049])).toEqual([5161, 2410, 1410]);
  });

  it('always adds up to the rounded total, each part within 0.01 % of its exact value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }), (ppms) => {
        const units = apportionPpm(ppms);
        const sum = ppms.reduce((a, b) => a + b, 0);
        expect(units.reduce((a, b) => a + b, 0)).toBe(Math.round(sum / 100));
        units.forEach((u, i) => expect(Math.abs(u * 100 - ppms[i])).toBeLessThan(100));
      }),
    );
  });
});
