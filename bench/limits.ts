/**
 * `node scripts/run.mjs bench/limits.ts` — what refusing a hostile document costs: the query limits
 * (checkQueryLimits + checkPageSizes, as the API's plugin runs them) over the committed schema, for each of
 * the hostile documents of issue 8, in microseconds per KB of document. No server, no database: a refusal
 * runs no SQL. Like every benchmark this never fails on a time; it prints a table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { checkPageSizes, checkQueryLimits } from '@kindling/api/core';

const ROOT = path.resolve(import.meta.dirname, '..');
const schema = buildSchema(readFileSync(path.join(ROOT, 'apps/api/schema.graphql'), 'utf8'));

const spreads = ['fragment F0 on Idea { id title }'];
for (let i = 1; i <= 7; i++) spreads.push(`fragment F${i} on Idea { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`);

const DOCUMENTS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'fragments spreading fragments, 7 levels × 10': { query: `{ node(id: "SWRlYTox") { ...F7 } } ${spreads.join(' ')}` },
  'lineage inside lineage, 3 levels': { query: `{ node(id: "SWRlYTox") { ... on Idea { lineage { nodes { lineage { nodes { lineage { nodes { id title } } } } } } } } }` },
  'negative page beside a costly one': {
    query: `query($n: Int) { a: ideas(first: 100) { edges { node { id title body tags authors { name } } } } b: ideas(first: $n) { edges { node { id } } } }`,
    variables: { n: -2147483648 },
  },
  '30 aliased __schema (introspection)': { query: `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { fields { args { type { name } } } } }`).join(' ')} }` },
  'nodes(ids:) with 101 ids': { query: `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"SWRlYTo${i}"`).join(',')}]) { id } }` },
  '100 lineages on one page': { query: `{ ideas(first: 100) { edges { node { lineage { nodes { id title } } } } } }` },
  '4,990 tokens of __typename': { query: `{ ${'__typename '.repeat(4_990)}}` },
};

const ROUNDS = 500;
console.log('| document | KB | outcome | µs per check | µs per KB |\n| --- | --- | --- | --- | --- |');
for (const [name, { query, variables = {} }] of Object.entries(DOCUMENTS)) {
  const kb = Buffer.byteLength(query) / 1024;
  let outcome = 'accepted';
  const check = () => {
    const document = parse(query, { maxTokens: 5_000 });
    try {
      checkQueryLimits(schema, document, null, variables);
      checkPageSizes(schema, document, variables);
      outcome = 'accepted';
    } catch (e) {
      outcome = String((e as { extensions?: { reason?: string } }).extensions?.reason);
    }
  };
  for (let i = 0; i < 100; i++) check(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) check();
  const micros = Number(process.hrtime.bigint() - start) / 1_000 / ROUNDS;
  console.log(`| ${name} | ${kb.toFixed(2)} | ${outcome} | ${micros.toFixed(1)} | ${(micros / kb).toFixed(1)} |`);
}
console.log('\n(parse included; µs on this machine, one core)');
