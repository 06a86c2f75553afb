import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DocumentNode, GraphQLSchema, Kind, buildSchema, getNamedType, isListType, isNonNullType, isObjectType, parse } from 'graphql';
import { FIELD_WEIGHTS, checkNoNulCharacters, checkPageSizes, checkQueryLimits } from './graphql-limits';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
// the committed schema: the same types and fields the server builds
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(ROOT, 'apps/api/schema.graphql'), 'utf8'));

/** The reason and HTTP status a check refuses with, or null when it passes. */
function refusal(document: string, variables: Record<string, unknown> = {}, limits?: Parameters<typeof checkQueryLimits>[4]) {
  try {
    checkQueryLimits(schema, parse(document), null, variables, limits);
    return null;
  } catch (e) {
    const { reason, field, http } = (e as { extensions: { reason: string; field?: string; http: { status: number } } }).extensions;
    return { reason, ...(field ? { field } : {}), status: http.status };
  }
}

/** Every operation the web app sends, each with all fragments, from the generated documents. */
function webOperations(): Array<{ name: string; document: DocumentNode }> {
  const generated = readFileSync(path.join(ROOT, 'libs/web/data-access/src/generated/gql.ts'), 'utf8');
  const texts = [...generated.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) => JSON.parse(m[1]) as string);
  const definitions = texts.flatMap((t) => parse(t).definitions);
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.name ? [{ name: d.name.value, document: { kind: Kind.DOCUMENT, definitions: [d, ...fragments] } as DocumentNode }] : [],
  );
}

describe('query limits', () => {
  it('accepts every operation the web app sends, at the largest page sizes it may ask for', () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(20);
    const worst = { first: 100, last: 100, periods: 60 };
    const refused = operations.filter(({ name, document }) => {
      try {
        checkQueryLimits(schema, document, name, worst);
        return false;
      } catch {
        return true;
      }
    });
    expect(refused.map((o) => o.name)).toEqual([]);
  });

  it('weights every list field of the schema that is not a connection page', () => {
    const unweighted: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
        if (list && !getNamedType(field.type).name.endsWith('Connection') && !FIELD_WEIGHTS[`${type.name}.${field.name}`]) unweighted.push(`${type.name}.${field.name}`);
      }
    }
    expect(unweighted).toEqual([]);
  });

  it('lets introspection through however deep it goes', () => {
    const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`;
    expect(refusal(deep)).toBeNull();
  });

  it('refuses depth, aliases and cost over the limits, cost using the variables', () => {
    const limits = { maxDepth: 4, maxAliases: 2, maxCost: 500 };
    expect(refusal(`{ viewer { department { people { edges { node { id } } } } } }`, {}, limits)).toMatchObject({ reason: 'QUERY_TOO_DEEP', status: 400 });
    expect(refusal(`{ a: viewer { id } b: viewer { id } c: viewer { id } }`, {}, limits)).toMatchObject({ reason: 'TOO_MANY_ALIASES' });
    const paged = `query($n: Int) { ideas(first: $n) { edges { node { id title body } } } }`;
    expect(refusal(paged, { n: 10 }, limits)).toBeNull();
    expect(refusal(paged, { n: 100 }, { ...limits, maxCost: 200 })).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
  });
});

describe('query limits against hostile documents', () => {
  it('measures fragments that spread each other many times in linear time, and refuses them by cost', () => {
    // 12 levels, each spreading the previous one 10 times: 10^12 leaves if re-walked, 12 fragments if memoised
    const fragments = ['fragment F0 on Idea { id }'];
    for (let i = 1; i <= 12; i++) fragments.push(`fragment F${i} on Idea { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`);
    // re-walking the spreads would not finish within the test's timeout
    expect(refusal(`{ node(id: "x") { ...F12 } } ${fragments.join(' ')}`)).toEqual({ reason: 'QUERY_TOO_COSTLY', status: 400 });
  });

  it('refuses a negative page size instead of letting it cancel the cost', () => {
    const doc = `query($n: Int) { a: ideas(first: 100) { edges { node { id title body tags } } } b: ideas(first: $n) { edges { node { id } } } }`;
    expect(refusal(doc, { n: -2147483648 })).toEqual({ reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first', status: 400 });
    expect(refusal(`{ ideas(last: -1) { edges { node { id } } } }`)).toEqual({ reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'last', status: 400 });
  });

  it('counts introspection’s aliases and cost (only its depth is free)', () => {
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`;
    expect(refusal(aliased)).toMatchObject({ reason: 'TOO_MANY_ALIASES' });
    const wide = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { fields { args { type { name } } } } }`).join(' ')} }`;
    expect(refusal(wide, {}, { maxDepth: 14, maxAliases: 30, maxCost: 100 })).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
  });

  it('refuses lineage inside lineage at any distance, also through fragments, as NESTED_LINEAGE', () => {
    // the 163-byte document that ran ~8,000 statements on a 121-idea family
    const threeLevels = `{ node(id: "SWRlYTox") { ... on Idea { lineage { nodes { lineage { nodes { lineage { nodes { id title } } } } } } } } }`;
    expect(refusal(threeLevels)).toEqual({ reason: 'NESTED_LINEAGE', field: 'lineage', status: 400 });
    const twoLevels = `{ ideas { edges { node { lineage { nodes { parents { idea { lineage { edges { childId } } } } } } } } } }`;
    expect(refusal(twoLevels)).toMatchObject({ reason: 'NESTED_LINEAGE' });
    const viaFragment = `{ node(id: "x") { ...Family } } fragment Family on Idea { lineage { nodes { ...Inner } } } fragment Inner on Idea { lineage(maxDepth: 1) { ancestorCount } }`;
    expect(refusal(viaFragment)).toMatchObject({ reason: 'NESTED_LINEAGE' });
    // one lineage, side by side with another, is fine
    expect(refusal(`{ node(id: "x") { ... on Idea { a: lineage { nodes { id title authors { name } } } b: lineage(direction: ANCESTORS) { edges { parentId childId } } } } }`)).toBeNull();
  });

  it('multiplies the cost through nested lists, so three levels of any heavy list are refused', () => {
    const children = `{ ideas(first: 100) { edges { node { children(first: 100) { edges { node { idea { authors { name } } } } } } } } }`;
    expect(refusal(children)).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
    // a thread's replies come from the idea's comments, read once: five levels cost what one does
    expect(refusal(`{ node(id: "x") { ... on Idea { comments { replies { replies { replies { replies { body author { name } } } } } } } } }`)).toBeNull();
    const lineageOfPages = `{ ideas(first: 100) { edges { node { lineage { nodes { id } } } } } }`;
    expect(refusal(lineageOfPages)).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
    const histories = `{ ideas(first: 100) { edges { node { authors { creditHistory(periods: 60) { total } } } } } }`;
    expect(refusal(histories)).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
    expect(refusal(`{ viewer { creditHistory(periods: 60) { start end total authored inherited pool ideas } } }`)).toBeNull();
  });

  it('weights nodes(ids:) by its ids and refuses more than 100, from literals or variables', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `"SWRlYTo${i}"`).join(',');
    expect(refusal(`{ nodes(ids: [${ids(101)}]) { id } }`)).toEqual({ reason: 'TOO_MANY_IDS', field: 'ids', status: 400 });
    expect(refusal(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 500 }, (_, i) => `x${i}`) })).toMatchObject({ reason: 'TOO_MANY_IDS' });
    // 100 ideas with their lineages: 100 family walks are over the cost limit, 5 are not
    const heavy = (n: number) => `{ nodes(ids: [${ids(n)}]) { ... on Idea { lineage { nodes { id } } } } }`;
    expect(refusal(heavy(100))).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
    expect(refusal(heavy(5))).toBeNull();
  });

  it('refuses an argument outside its range before anything runs, also inside a mutation’s payload', () => {
    expect(refusal(`{ viewer { creditHistory(periods: 61) { total } } }`)).toEqual({ reason: 'OUT_OF_RANGE', field: 'periods', status: 400 });
    expect(refusal(`mutation { postIdea(input: { title: "t", body: "b" }) { idea { lineage(maxDepth: 0) { ancestorCount } } } }`)).toEqual({
      reason: 'OUT_OF_RANGE',
      field: 'maxDepth',
      status: 400,
    });
    expect(refusal(`{ similarIdeas(title: "x", first: 21) { score } }`)).toMatchObject({ reason: 'OUT_OF_RANGE', field: 'first' });
    expect(refusal(`{ tags(first: 0) { tag } }`)).toMatchObject({ reason: 'OUT_OF_RANGE', field: 'first' });
  });
});

describe('connection page sizes', () => {
  const pageRefusal = (document: string, variables: Record<string, unknown> = {}) => {
    try {
      checkPageSizes(schema, parse(document), variables);
      return null;
    } catch (error) {
      const { reason, field } = (error as { extensions: { reason: string; field?: string } }).extensions;
      return { reason, field };
    }
  };
  const refused = { reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' };

  it('refuses a connection page over 100 wherever it is asked for: inline, in a fragment, in an inline fragment, by variable', () => {
    expect(pageRefusal(`{ ideas(first: 101) { totalCount } }`)).toEqual(refused);
    expect(pageRefusal(`{ viewer { ...F } } fragment F on Person { ideas(first: 101) { totalCount } }`)).toEqual(refused);
    expect(pageRefusal(`{ node(id: "x") { ... on Idea { children(first: 500) { totalCount } } } }`)).toEqual(refused);
    expect(pageRefusal(`query($n: Int) { ideas(first: $n) { totalCount } }`, { n: 101 })).toEqual(refused);
  });

  it('accepts pages up to 100 and a larger first on a list that is not a connection', () => {
    expect(pageRefusal(`query($n: Int) { ideas(first: 100) { totalCount } people(first: $n) { totalCount } }`, { n: 100 })).toBeNull();
    expect(pageRefusal(`{ tags(first: 200) { name } }`)).toBeNull();
  });
});

describe('NUL characters', () => {
  const nulRefusal = (query: string, variables: Record<string, unknown> = {}) => {
    try {
      checkNoNulCharacters(query, parse(query), variables);
      return null;
    } catch (error) {
      const { reason, field } = (error as { extensions: { reason: string; field?: string } }).extensions;
      return { reason, field };
    }
  };

  it('refuses a NUL in a variable, however deep, or in a literal, naming the variable or argument', () => {
    expect(nulRefusal(`query($f: IdeaFilter) { ideas(filter: $f) { totalCount } }`, { f: { text: 'nul\u0000byte' } })).toEqual({ reason: 'MALFORMED_VALUE', field: 'f.text' });
    expect(nulRefusal(`mutation($t: [String!]) { x(tags: $t) }`, { t: ['ok', '\u0000'] })).toEqual({ reason: 'MALFORMED_VALUE', field: 't[1]' });
    expect(nulRefusal(`{ ideas(filter: { text: "nul\\u0000byte" }) { totalCount } }`)).toEqual({ reason: 'MALFORMED_VALUE', field: 'filter' });
    expect(nulRefusal(`{ ideas(filter: { text: "nul\\u{0}byte" }) { totalCount } }`)).toEqual({ reason: 'MALFORMED_VALUE', field: 'filter' });
  });

  it('accepts other text, and a block string that only spells the escape', () => {
    expect(nulRefusal(`query($f: IdeaFilter) { ideas(filter: $f) { totalCount } }`, { f: { text: 'café ☕ \u0001' } })).toBeNull();
    expect(nulRefusal(`{ ideas(filter: { text: """\\u0000 is how JSON spells NUL""" }) { totalCount } }`)).toBeNull();
  });
});
