import { apportion } from './apportion';

describe('apportion', () => {
  it('splits an integer exactly, by largest remainder', () => {
    const parts = apportion(100, [
      { key: '1', weight: 1 },
      { key: '2', weight: 1 },
      { key: '3', weight: 1 },
    ]);
    expect([...parts.values()].reduce((a, b) => a + b, 0)).toBe(100);
    expect(parts).toEqual(new Map([['1', 34], ['2', 33], ['3', 33]]));
  });

  it('gives nothing to zero weights', () => {
    expect(apportion(7, [{ key: 'a', weight: 0 }, { key: 'b', weight: 2 }])).toEqual(new Map([['a', 0], ['b', 7]]));
  });
});
