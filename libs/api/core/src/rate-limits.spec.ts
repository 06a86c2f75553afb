import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { DEFAULT_RATE_LIMITS, operationCost, rateLimitSettingsFrom } from './rate-limits';

function costOf(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(document, operation, variables);
}

describe('what an operation costs in rate-limit points', () => {
  it('counts each root mutation field, through fragments, sign-ins apart and sign-out free', () => {
    expect(costOf(`mutation { a: postIdea(input: {}) { idea { id } } b: postIdea(input: {}) { idea { id } } endorse(input: {}) { idea { id } } }`)).toEqual({ signIns: 0, writes: 3, expensiveReads: 0 });
    expect(costOf(`mutation { ...M ... on Mutation { comment(input: {}) { comment { id } } } } fragment M on Mutation { postIdea(input: {}) { idea { id } } }`).writes).toBe(2);
    expect(costOf(`mutation { devSignIn(input: {}) { viewer { id } } }`)).toEqual({ signIns: 1, writes: 0, expensiveReads: 0 });
    expect(costOf(`mutation { signOut { ok } __typename }`)).toEqual({ signIns: 0, writes: 0, expensiveReads: 0 });
  });

  it('counts expensive fields anywhere, full-text search included, and nothing for plain reads', () => {
    expect(costOf(`{ ideas(first: 20) { edges { node { id title authors { name } } } } }`).expensiveReads).toBe(0);
    expect(costOf(`{ node(id: "x") { ... on Idea { lineage { nodes { id } } credit { trail(personId: "p") { percent } } } } }`).expensiveReads).toBe(2);
    expect(costOf(`{ ideas(filter: { text: "vans" }) { totalCount } }`).expensiveReads).toBe(1);
    // a co-author preview recomputes the credit of the idea's whole family
    expect(costOf(`{ coAuthorPreview(ideaId: "i", personId: "p") { shares { ppm } } }`).expensiveReads).toBe(1);
    expect(costOf(`query($f: IdeaFilter) { ideas(filter: $f) { totalCount } }`, { f: { text: 'vans' } }).expensiveReads).toBe(1);
    expect(costOf(`query($f: IdeaFilter) { ideas(filter: $f) { totalCount } }`, { f: { tag: 'fleet' } }).expensiveReads).toBe(0);
    expect(costOf(`query($t: String) { ideas(filter: { text: $t }) { totalCount } }`, { t: '  ' }).expensiveReads).toBe(0);
  });

  it('counts fragments spread many times in linear time, capped', () => {
    // each fragment spreads the one before it ten times: 10^8 lineages if expanded
    const levels = Array.from({ length: 8 }, (_, i) => `fragment F${i + 1} on Idea { ${Array.from({ length: 10 }, () => `...F${i}`).join(' ')} }`);
    const source = `{ node(id: "x") { ...F8 } } fragment F0 on Idea { lineage { ancestorCount } } ${levels.join(' ')}`;
    expect(costOf(source).expensiveReads).toBe(10_000);
  });
});

describe('rate-limit settings', () => {
  it('has defaults, reads <count>/<seconds>, and can be switched off', () => {
    expect(rateLimitSettingsFrom({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitSettingsFrom({ KINDLING_RATE_LIMITS: 'off' })).toBeNull();
    const custom = rateLimitSettingsFrom({ KINDLING_RATE_LIMIT_WRITES: '5/60', KINDLING_RATE_LIMIT_SIGN_IN: '3/30s', KINDLING_MAX_CONCURRENT_PER_ADDRESS: '0' })!;
    expect(custom.writesPerPerson).toEqual({ points: 5, seconds: 60 });
    expect(custom.signInPerAddress).toEqual({ points: 3, seconds: 30 });
    expect(custom.maxConcurrentPerAddress).toBe(0);
    expect(custom.writesPerPersonSustained).toEqual(DEFAULT_RATE_LIMITS.writesPerPersonSustained);
  });

  it('refuses settings it cannot read, naming the setting', () => {
    expect(() => rateLimitSettingsFrom({ KINDLING_RATE_LIMITS: 'sometimes' })).toThrow(/KINDLING_RATE_LIMITS/);
    expect(() => rateLimitSettingsFrom({ KINDLING_RATE_LIMIT_WRITES: '30 per 10' })).toThrow(/KINDLING_RATE_LIMIT_WRITES must be/);
    expect(() => rateLimitSettingsFrom({ KINDLING_RATE_LIMIT_WRITES: '0/10' })).toThrow(/KINDLING_RATE_LIMIT_WRITES/);
    expect(() => rateLimitSettingsFrom({ KINDLING_MAX_CONCURRENT_PER_ADDRESS: '-1' })).toThrow(/KINDLING_MAX_CONCURRENT_PER_ADDRESS/);
  });
});
