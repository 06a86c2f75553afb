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
