import { CURSOR_KEYS, connectionFromArray, decodeCursor, encodeCursor, fromGlobalId, isKeysetCursor, localId, pageRequest, toConnection, toGlobalId } from './relay';
import { KindlingError } from './errors';

describe('global ids', () => {
  it('round-trip and name their type', () => {
    const id = toGlobalId('Idea', '42');
    expect(fromGlobalId(id)).toEqual({ type: 'Idea', id: '42' });
    expect(localId('Idea', id)).toBe('42');
  });

  it('refuse ids of another type or that are not ids, as BAD_USER_INPUT', () => {
    for (const bad of [toGlobalId('Person', '42'), 'garbage', toGlobalId('Idea', '-1'), toGlobalId('Idea', '1; DROP TABLE ideas')]) {
      expect(() => localId('Idea', bad)).toThrow(KindlingError);
      try {
        localId('Idea', bad);
      } catch (e) {
        expect((e as KindlingError).code).toBe('BAD_USER_INPUT');
      }
    }
  });
});

describe('pagination', () => {
  it('refuses page sizes out of range and mixed directions', () => {
    expect(() => pageRequest({ first: 101 })).toThrow(/between 0 and 100/);
    expect(() => pageRequest({ first: -1 })).toThrow(KindlingError);
    expect(() => pageRequest({ first: 1, last: 1 })).toThrow(/either first or last/);
    expect(() => decodeCursor('not a cursor')).toThrow(/not a valid cursor/);
  });

  it('builds forward and backward pages from limit + 1 rows', () => {
    const rows = [1, 2, 3, 4].map((n) => ({ n }));
    const forward = toConnection(rows, pageRequest({ first: 3 }), (r) => [r.n], (r) => r.n);
    expect(forward.edges.map((e) => e.node)).toEqual([1, 2, 3]);
    expect(forward.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor([3]) });
    // backward reads are fetched in reverse order and shown in the original order
    const backward = toConnection([...rows].reverse(), pageRequest({ last: 3, before: encodeCursor([5]) }), (r) => [r.n], (r) => r.n);
    expect(backward.edges.map((e) => e.node)).toEqual([2, 3, 4]);
    expect(backward.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('pages through an in-memory list with cursors', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const first = connectionFromArray(items, { first: 2 }, (x) => [x]);
    expect(first.edges.map((e) => e.node)).toEqual(['a', 'b']);
    const next = connectionFromArray(items, { first: 2, after: first.pageInfo.endCursor }, (x) => [x]);
    expect(next.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = connectionFromArray(items, { last: 2, before: encodeCursor(['e']) }, (x) => [x]);
    expect(last.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(last.totalCount).toBe(5);
  });
});

describe('keyset cursors', () => {
  it('accept the keys the lists give out and refuse foreign or impossible ones before they reach SQL', () => {
    expect(isKeysetCursor(['2026-12-01 12:00:00.123456+00', '7'], CURSOR_KEYS.timestamp)).toBe(true);
    expect(isKeysetCursor([3, '7'], CURSOR_KEYS.integer)).toBe(true);
    expect(isKeysetCursor(['Alice Admin', '7'], CURSOR_KEYS.text)).toBe(true);
    for (const [values, isKey] of [
      [['2020-13-45 00:00:00+00', '1'], CURSOR_KEYS.timestamp],
      [['2024-02-30 00:00:00+00', '1'], CURSOR_KEYS.timestamp],
      [['Alice Admin', '1'], CURSOR_KEYS.timestamp],
      [['2024-01-01 00:00:00+00', '1'], CURSOR_KEYS.integer],
      [[2 ** 31, '1'], CURSOR_KEYS.integer],
      [['a\u0000b', '1'], CURSOR_KEYS.text],
      [['Alice', 'abc'], CURSOR_KEYS.text],
      [['Alice', '99999999999999999999'], CURSOR_KEYS.text],
      [['Alice'], CURSOR_KEYS.text],
    ] as const) {
      expect(isKeysetCursor([...values], isKey)).toBe(false);
    }
  });
});
