/**
 * The fuzz test's request generator: GraphQL documents and variables built from the committed schema
 * (apps/api/schema.graphql), valid and mutated, plus malformed HTTP requests. All randomness comes from
 * fast-check's `gen`, so a seed reproduces the whole sequence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  buildSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

export const SCHEMA: GraphQLSchema = buildSchema(readFileSync(path.join(import.meta.dirname, '../../schema.graphql'), 'utf8'));

/** Ids and cursors taken from the seeded database, and ids that name nothing. */
export interface Pools {
  Idea: string[];
  Person: string[];
  Department: string[];
  Comment: string[];
  /** Well-formed global ids of rows that do not exist (deleted or never made). */
  missing: string[];
  /** Cursors this API gave out. */
  cursors: string[];
}

/** Who sends a request: a signed-in person (index into the actors), anonymous, or a bogus credential. */
export type Actor = { kind: 'person'; index: number } | { kind: 'anonymous' } | { kind: 'bad-bearer' } | { kind: 'bad-cookie' };

export interface FuzzRequest {
  kind: 'query' | 'mutation' | 'http';
  /** Root fields, or the kind of malformed HTTP request. */
  label: string;
  mutated: boolean;
  transport: 'inline' | 'variables' | 'http';
  actor: Actor;
  method: string;
  /** Path and query string under the server's base URL. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** An enum value: printed bare in a document, as its name in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value); // JSON's escapes are GraphQL's
}

function json(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(json);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
  return value;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Strings a hostile client sends: unicode, control characters, NUL, bidi overrides, markup, lengths at and past the rules. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0007\u001b[31m',
  '\u007f\u0085\u00a0',
  '\u200b\u200d\ufeff',
  '\u202etxet desrever',
  '\u2028\u2029',
  '💡🔥👩‍👩‍👧‍👦',
  'Z̷̡͙a̸̛͍l̵g̶o̷',
  'ﷺ𝕳𝖊𝖑𝖑𝖔 ﬃ',
  '\ud83d', // a lone surrogate
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1",
  '%00%27%22',
  '${{7*7}}',
  '../../etc/passwd',
  '#',
  '-',
  'a--b',
  'UPPER',
  'x'.repeat(41),
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(5001),
  'x'.repeat(20_001),
  'long words '.repeat(3000),
];

const NASTY_NUMBERS = [0, -1, 1, 101, 1000, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 53), 2 ** 53, 1e21, 1e308, -1e308, 5e-324, 0.5, -0.5, 1.5];

const WORDS = ['shift', 'swap', 'rota', 'van', 'calendar', 'fuel', 'night', 'board', 'idea', 'ward', 'kitchen', 'rostering', 'fleet', '2025'];

/** Draws from fast-check's generator; one instance per request. */
class Draw {
  constructor(private readonly g: fc.GeneratorValue) {}
  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }
  chance(p: number): boolean {
    return this.int(0, 9999) < p * 10_000;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  text(maxWords = 6): string {
    return Array.from({ length: this.int(1, maxWords) }, () => this.pick(WORDS)).join(' ');
  }
  unicode(): string {
    return this.g(fc.string, { unit: this.pick(['grapheme', 'binary', 'grapheme-composite'] as const), maxLength: 40 });
  }
}

/** Which kind of node an ID argument names, by its name. */
const ID_TYPES: Record<string, keyof Omit<Pools, 'missing' | 'cursors'>> = {
  ideaId: 'Idea',
  parentId: 'Idea',
  parentIds: 'Idea',
  personId: 'Person',
  authorId: 'Person',
  departmentId: 'Department',
  replyToId: 'Comment',
};

/** Valid Int values by argument name: inside each argument's documented range. */
const INT_RANGES: Record<string, [number, number]> = { first: [1, 20], last: [1, 20], maxDepth: [1, 4], periods: [1, 12] };

class DocumentBuilder {
  private varDefs: string[] = [];
  readonly variables: Record<string, unknown> = {};
  private fragments: string[] = [];
  private counter = 0;
  /** Fields still to place in this document, so wide and deep selections stay bounded in size. */
  private budget = 300;
  /** > 0 while generating the items of a long list: those are valid, so a list stays linear in size. */
  private quiet = 0;
  mutated = false;

  constructor(
    private readonly d: Draw,
    private readonly pools: Pools,
    /** Chance that any one value or selection is mutated (0 for a valid document). */
    private readonly pm: number,
    private readonly useVariables: boolean,
    private readonly maxDepth: number,
  ) {}

  private mutate(): boolean {
    if (this.quiet === 0 && this.pm > 0 && this.d.chance(this.pm)) return (this.mutated = true);
    return false;
  }

  /** A mutation of the document's shape (unknown argument, wrong variable type …): rarer, as each fails validation outright. */
  private mutateShape(): boolean {
    if (this.quiet === 0 && this.pm > 0 && this.d.chance(this.pm / 5)) return (this.mutated = true);
    return false;
  }

  private anyId(): string {
    const d = this.d;
    return d.pick(d.pick([this.pools.Idea, this.pools.Person, this.pools.Department, this.pools.Comment]));
  }

  private badId(expected?: string): unknown {
    const d = this.d;
    const wrongType = [this.pools.Idea, this.pools.Person, this.pools.Department, this.pools.Comment].filter((p) => p !== (expected ? this.pools[expected as keyof Pools] : null));
    return d.pick<() => unknown>([
      () => d.pick(d.pick(wrongType)), // a real id of another type
      () => d.pick(this.pools.missing),
      () => '!!!not base64!!!',
      () => 'SWRlYTo', // truncated base64
      () => b64(`${expected ?? 'Idea'}:abc`),
      () => b64(`${expected ?? 'Idea'}:-1`),
      () => b64(`${expected ?? 'Idea'}:0`),
      () => b64(`${expected ?? 'Idea'}:1.5`),
      () => b64(`${expected ?? 'Idea'}:99999999999999999999999`),
      () => b64(`${expected ?? 'Idea'}:1 OR 1=1`),
      () => b64(`${expected ?? 'Idea'}:`),
      () => b64(`Nope:1`),
      () => b64(`Idea:1:2`),
      () => b64('\u0000:1'),
      () => '',
      () => d.unicode(),
      () => d.pick(NASTY_STRINGS),
      () => d.pick(NASTY_NUMBERS),
    ])();
  }

  private badScalar(): unknown {
    const d = this.d;
    return d.pick<() => unknown>([
      () => null,
      () => d.pick(NASTY_STRINGS),
      () => d.unicode(),
      () => d.pick(NASTY_NUMBERS),
      () => d.chance(0.5),
      () => ({ nested: d.pick(NASTY_STRINGS) }),
      () => [d.pick(NASTY_NUMBERS)],
      () => new EnumValue(d.pick(['NEWEST', 'EXTENDS', 'MONTH', 'NOPE', 'null', 'true'])),
    ])();
  }

  /** A hostile value that GraphQL still accepts for the type (undefined where there is none: enums, input objects). */
  private hostile(type: GraphQLInputType, name: string): unknown {
    const d = this.d;
    if (isListType(type) || isEnumType(type) || isInputObjectType(type) || isNonNullType(type)) return undefined;
    switch (type.name) {
      case 'ID': {
        const bad = this.badId(ID_TYPES[name]);
        return typeof bad === 'string' ? bad : d.pick(this.pools.missing);
      }
      case 'Int':
        return d.pick([0, -1, 101, 1000, 2 ** 31 - 1, -(2 ** 31), 21, 61]);
      case 'Float':
        return d.pick([0, -1, 1e308, -1e308, 5e-324, 1e-300, 2 ** 53 + 1]);
      case 'Boolean':
        return undefined;
      case 'DateTime':
        return d.pick(['2024-02-30T00:00:00Z', 'yesterday', '', '0000-00-00T00:00:00Z', '+275760-09-13T00:00:00.001Z', '2024-01-01T00:00:00+99:00', '1970-01-01', '9999-12-31T23:59:59Z', '-000001-01-01T00:00:00Z']);
      default:
        return name === 'after' || name === 'before' ? d.pick([...this.pools.cursors, ...NASTY_STRINGS.slice(0, 8)]) : d.chance(0.5) ? d.pick(NASTY_STRINGS) : d.unicode();
    }
  }

  /** A value for an input type; `name` is the argument's or input field's name. */
  value(type: GraphQLInputType, name: string, depth = 0): unknown {
    const d = this.d;
    if (this.mutate()) {
      // mostly hostile values of the right type (they pass validation and reach the resolvers), else any type
      if (d.chance(0.7)) {
        const hostile = this.hostile(getNullable(type), name);
        if (hostile !== undefined) return hostile;
      }
      if (ID_TYPES[name] || name === 'id' || name === 'ids') return d.chance(0.7) ? this.badId(ID_TYPES[name]) : this.badScalar();
      if (isListType(getNullable(type)) && d.chance(0.5)) {
        const item = (getNullable(type) as { ofType: GraphQLInputType }).ofType;
        return d.pick<() => unknown>([
          () => [],
          () => {
            this.quiet++;
            const items = Array.from({ length: d.pick([11, 101, 1000]) }, () => this.value(item, name, depth + 1));
            this.quiet--;
            return items;
          },
          () => [null],
          () => {
            const v = this.value(item, name, depth + 1);
            return [v, v];
          },
        ])();
      }
      return this.badScalar();
    }
    if (isNonNullType(type)) return this.value(type.ofType, name, depth);
    if (isListType(type)) {
      const count = name === 'parentIds' ? d.int(1, 3) : d.int(0, 3);
      return Array.from({ length: count }, () => this.value(type.ofType, name, depth + 1));
    }
    if (isEnumType(type)) return new EnumValue(d.pick(type.getValues()).name);
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required ? !this.mutateShape() : d.chance(0.5)) out[field.name] = this.value(field.type, field.name, depth + 1);
      }
      if (this.mutateShape()) out[`unknown${d.int(0, 9)}`] = 1;
      // split needs one number per parent to be valid
      if (Array.isArray(out.parentIds) && 'split' in out && !this.mutated) out.split = (out.parentIds as unknown[]).map(() => d.int(1, 100));
      if (out.relation instanceof EnumValue && out.relation.name === 'COMBINES' && Array.isArray(out.parentIds) && out.parentIds.length < 2) delete out.relation;
      return out;
    }
    switch (type.name) {
      case 'ID': {
        const kind = ID_TYPES[name];
        return kind ? d.pick(this.pools[kind]) : this.anyId();
      }
      case 'Int': {
        const [min, max] = INT_RANGES[name] ?? [1, 20];
        return d.int(min, max);
      }
      case 'Float':
        return d.int(1, 100);
      case 'Boolean':
        return d.chance(0.5);
      case 'DateTime':
        return new Date(Date.UTC(2024, d.int(0, 11), d.int(1, 28))).toISOString();
      case 'String':
        if (name === 'after' || name === 'before') return d.pick(this.pools.cursors);
        if (name === 'tag') return d.pick(WORDS);
        return name === 'body' ? `${d.text(12)}.` : d.text();
      default:
        return d.text();
    }
  }

  /** An argument list `(a: …, b: $v3)`, inline or as variables. */
  private args(args: readonly GraphQLArgument[]): string {
    const d = this.d;
    const parts: string[] = [];
    const given = new Set<string>();
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (required ? this.mutateShape() : !d.chance(0.5)) continue; // a required argument left out is a mutation
      // first with last, or after with before, is a refusal: a mutation, not a valid document
      if (((arg.name === 'last' && given.has('first')) || (arg.name === 'before' && given.has('after'))) && !this.mutate()) continue;
      given.add(arg.name);
      const value = this.value(arg.type, arg.name);
      if (this.useVariables) {
        const name = `v${++this.counter}`;
        const declared = this.mutateShape() ? d.pick(['String', 'Int!', 'ID', '[ID!]!', 'Float', 'Boolean', 'PostIdeaInput!', 'Unknown']) : String(arg.type);
        this.varDefs.push(`$${name}: ${declared}`);
        if (!this.mutateShape()) this.variables[name] = json(value); // sometimes a declared variable is not sent
        parts.push(`${arg.name}: $${name}`);
      } else {
        parts.push(`${arg.name}: ${literal(value)}`);
      }
    }
    if (this.mutateShape()) parts.push(`${d.pick(['first', 'nope', 'id'])}: ${literal(this.badScalar())}`); // an argument the field does not take, or twice
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** One field with arguments and, for composite types, a selection of its own. */
  private field(field: GraphQLField<unknown, unknown>, depth: number, used: Set<string>): string {
    const d = this.d;
    // a field asked for twice under one name must have the same arguments: alias the repeats
    const alias = used.has(field.name) || d.chance(0.1) || this.mutate() ? `a${++this.counter}: ` : '';
    used.add(field.name);
    const named = getNamedType(field.type);
    const sub = isCompositeType(named) ? ` ${this.selection(named as GraphQLObjectType | GraphQLInterfaceType, depth + 1)}` : this.mutateShape() ? ' { id }' : '';
    return `${alias}${field.name}${this.args(field.args)}${sub}`;
  }

  /** A selection set over an object or interface type, of random width and depth. */
  selection(type: GraphQLObjectType | GraphQLInterfaceType, depth: number): string {
    const d = this.d;
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => !isCompositeType(getNamedType(f.type)));
    if (depth >= this.maxDepth || this.budget <= 0) {
      // at the depth bound: only leaves (or __typename where there are none)
      return `{ ${leaves.length ? d.pick(leaves).name : '__typename'} }`;
    }
    const wide = this.mutate() && d.chance(0.3);
    const width = wide ? d.int(8, 60) : d.int(1, 4);
    const parts: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < width; i++) {
      this.budget--;
      const roll = d.int(0, 99);
      if (roll < 5) parts.push('__typename');
      else if (roll < 12 && isAbstractType(type)) {
        const possible = SCHEMA.getPossibleTypes(type);
        parts.push(`... on ${d.pick(possible).name} ${this.selection(d.pick(possible), depth + 1)}`);
      } else if (roll < 17) parts.push(this.fragment(type, depth));
      else if (roll < 19 && this.mutateShape()) parts.push(d.pick([`...Missing${this.counter}`, 'nope', `... on ${d.pick(['Idea', 'Person', 'Query', 'Nope'])} { id }`, '__schema { types { name } }']));
      else parts.push(this.field(d.pick(fields), depth, used));
    }
    return `{ ${parts.join(' ')} }`;
  }

  /** A named fragment on the type (or, for Node, one of its types), spread once or several times. */
  private fragment(type: GraphQLObjectType | GraphQLInterfaceType, depth: number): string {
    const d = this.d;
    const on = isAbstractType(type) && d.chance(0.5) ? d.pick(SCHEMA.getPossibleTypes(type)) : type;
    const name = `F${++this.counter}`;
    this.fragments.push(`fragment ${name} on ${on.name} ${this.selection(on, depth + 1)}`);
    return Array.from({ length: d.chance(0.2) ? d.int(2, 5) : 1 }, () => `...${name}`).join(' ');
  }

  document(operation: 'query' | 'mutation', rootFields: GraphQLField<unknown, unknown>[]): string {
    const used = new Set<string>();
    const root = rootFields.map((f) => this.field(f, 1, used)).join(' ');
    const vars = this.varDefs.length ? `(${this.varDefs.join(', ')})` : '';
    const name = this.d.chance(0.3) ? ` Fuzz${this.d.int(0, 999)}` : vars ? ' Fuzz' : '';
    return [`${operation}${name}${vars} { ${root} }`, ...this.fragments].join('\n');
  }
}

function getNullable(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** Malformed or unusual HTTP requests to /graphql. */
function httpRequest(d: Draw, actor: Actor): FuzzRequest {
  const simple = JSON.stringify({ query: '{ viewer { id } }' });
  const cases: Array<[string, () => Pick<FuzzRequest, 'method' | 'path' | 'headers' | 'body'>]> = [
    ['malformed JSON', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: simple.slice(0, d.int(1, simple.length - 1)) })],
    ['empty body', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: '' })],
    ['JSON not an object', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: d.pick(['null', '[]', '"{ viewer { id } }"', '42', 'true', `[${simple},${simple}]`]) })],
    ['query not a string', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: d.pick([5, null, [], {}, true]) }) })],
    ['no query', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ variables: {} }) })],
    ['variables not an object', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: '{ viewer { id } }', variables: d.pick(['nope', 5, [1], true]) }) })],
    ['extensions not an object', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: '{ viewer { id } }', extensions: d.pick(['x', 1, { persistedQuery: { version: 1, sha256Hash: 'abc' } }]) }) })],
    ['unknown operation name', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: 'query A { viewer { id } } query B { authSettings { devSignIn } }', operationName: d.pick([null, 'C', 5]) }) })],
    ['wrong content type', () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': d.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1']) }, body: simple })],
    ['no content type', () => ({ method: 'POST', path: '/graphql', headers: {}, body: simple })],
    ['invalid UTF-8', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]).toString('latin1') })],
    ['deep JSON', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: `{"query":"query($t: String) { similarIdeas(title: $t) { score } }","variables":{"t":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}` })],
    ['body over the size limit', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: `{ viewer { id } }${' '.repeat(d.pick([200_000, 2_000_000]))}` }) })],
    ['GET query', () => ({ method: 'GET', path: `/graphql?query=${encodeURIComponent(d.pick(['{ authSettings { devSignIn } }', '{ ideas(first: 2) { totalCount } }', '{ viewer {', '']))}`, headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } })],
    ['GET without preflight header', () => ({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ authSettings { devSignIn } }')}`, headers: { accept: 'application/json' } })],
    ['GET mutation', () => ({ method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { signOut { signedOut } }')}`, headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } })],
    ['GET bad variables', () => ({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ viewer { id } }')}&variables=${encodeURIComponent(d.pick(['{', '[]', '"x"']))}`, headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } })],
    ['other method', () => ({ method: d.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: '/graphql', headers: JSON_HEADERS, body: simple })],
    ['huge document', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: `{ ${Array.from({ length: d.int(500, 3000) }, (_, i) => `a${i}: __typename`).join(' ')} }` }) })],
    ['many tokens', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: `{ viewer { id ${'name '.repeat(d.int(1000, 15_000))} } }` }) })],
    ['deep nesting', () => {
      const levels = d.int(3, 40);
      const query = `{ viewer { ${'department { people(first: 1) { edges { node { '.repeat(levels)}id${' } } } }'.repeat(levels)} } }`;
      return { method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query }) };
    }],
    ['unbalanced document', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: '{'.repeat(d.int(1, 5000)) }) })],
    ['fragment cycle', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: '{ viewer { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }' }) })],
    ['introspection', () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: `{ ${Array.from({ length: d.int(1, 40) }, (_, i) => `s${i}: __schema { types { name fields { name type { name ofType { name } } } } }`).join(' ')} }` }) })],
  ];
  const [label, make] = d.pick(cases);
  return { kind: 'http', label, mutated: true, transport: 'http', actor, ...make() };
}

const QUERY_FIELDS = Object.values(SCHEMA.getQueryType()!.getFields());
const MUTATION_FIELDS = Object.values(SCHEMA.getMutationType()!.getFields());

/** One request: mostly GraphQL documents from the schema (valid or mutated), some malformed HTTP. */
export function fuzzRequest(g: fc.GeneratorValue, pools: Pools, actors: number): FuzzRequest {
  const d = new Draw(g);
  const actor: Actor = d.pick<Actor>([
    ...Array.from({ length: actors }, (_, index) => ({ kind: 'person' as const, index })),
    ...Array.from({ length: actors }, (_, index) => ({ kind: 'person' as const, index })),
    { kind: 'anonymous' },
    { kind: 'anonymous' },
    { kind: 'bad-bearer' },
    { kind: 'bad-cookie' },
  ]);
  if (d.chance(0.08)) return httpRequest(d, actor);
  const operation = d.chance(0.45) ? 'mutation' : 'query';
  const valid = d.chance(0.4);
  const pm = valid ? 0 : d.pick([0.05, 0.15, 0.3]);
  const maxDepth = d.chance(0.05) ? d.int(8, 20) : d.int(2, 5);
  const useVariables = d.chance(0.4);
  const builder = new DocumentBuilder(d, pools, pm, useVariables, maxDepth);
  const roots = operation === 'mutation' ? [d.pick(MUTATION_FIELDS)] : Array.from({ length: d.int(1, 3) }, () => d.pick(QUERY_FIELDS));
  const query = builder.document(operation, roots);
  const variables = useVariables ? builder.variables : undefined;
  return {
    kind: operation,
    label: roots.map((f) => f.name).join('+'),
    mutated: builder.mutated,
    transport: useVariables ? 'variables' : 'inline',
    actor,
    method: 'POST',
    path: '/graphql',
    headers: JSON_HEADERS,
    body: JSON.stringify(variables ? { query, variables } : { query }),
  };
}
