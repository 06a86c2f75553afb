import { parse } from 'graphql';
import { checkQueryLimits } from './graphql-limits';

const limits = { maxDepth: 4, maxAliases: 2, maxCost: 500 };

describe('query limits', () => {
  it('accepts a modest query, counting fragments where they are spread', () => {
    const doc = parse(`query Q { ideas(first: 10) { edges { node { ...F } } } } fragment F on Idea { id title }`);
    expect(() => checkQueryLimits(doc, 'Q', {}, limits)).not.toThrow();
  });

  it('lets introspection through however deep it goes', () => {
    const doc = parse(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`);
    expect(() => checkQueryLimits(doc, null, {}, limits)).not.toThrow();
  });

  it('refuses depth, aliases and cost over the limits, cost using the variables', () => {
    expect(() => checkQueryLimits(parse(`{ a { b { c { d { e } } } } }`), null, {}, limits)).toThrow(/5 levels deep/);
    expect(() => checkQueryLimits(parse(`{ x: a y: a z: a }`), null, {}, limits)).toThrow(/3 aliases/);
    const paged = parse(`query($n: Int) { ideas(first: $n) { edges { node { id title body } } } }`);
    expect(() => checkQueryLimits(paged, null, { n: 10 }, limits)).not.toThrow();
    expect(() => checkQueryLimits(paged, null, { n: 100 }, { ...limits, maxCost: 200 })).toThrow(/would cost/);
  });
});

describe('query limits against hostile documents', () => {
  const reasonOf = (run: () => void) => {
    try {
      run();
      return null;
    } catch (e) {
      return (e as { extensions: { reason: string; http: { status: number } } }).extensions;
    }
  };

  it('measures fragments that spread each other many times in linear time, and refuses them by cost', () => {
    // 12 levels, each spreading the previous one 10 times: 10^12 leaves if re-walked, 12 fragments if memoised
    const fragments = ['fragment F0 on Idea { id }'];
    for (let i = 1; i <= 12; i++) fragments.push(`fragment F${i} on Idea { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`);
    const doc = parse(`{ node(id: "x") { ...F12 } } ${fragments.join(' ')}`);
    // re-walking the spreads would not finish within the test's timeout
    expect(reasonOf(() => checkQueryLimits(doc, null, {}))).toMatchObject({ reason: 'QUERY_TOO_COSTLY', http: { status: 400 } });
  });

  it('refuses a negative or fractional page size instead of letting it cancel the cost', () => {
    const doc = parse(`query($n: Int) { a: ideas(first: 100) { edges { node { id title body tags } } } b: ideas(first: $n) { edges { node { id } } } }`);
    expect(reasonOf(() => checkQueryLimits(doc, null, { n: -2147483648 }, { ...limits, maxCost: 300 }))).toMatchObject({ reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' });
    expect(reasonOf(() => checkQueryLimits(parse(`{ ideas(last: -1) { edges { node { id } } } }`), null, {}))).toMatchObject({ reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'last' });
  });

  it('counts introspection’s aliases and cost (only its depth is free)', () => {
    const aliased = parse(`{ ${Array.from({ length: 3 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`);
    expect(reasonOf(() => checkQueryLimits(aliased, null, {}, limits))).toMatchObject({ reason: 'TOO_MANY_ALIASES' });
  });
});
