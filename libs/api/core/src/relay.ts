import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { type GraphQLResolveInfo, Kind } from 'graphql';
import { type Type } from '@nestjs/common';
import { RequestErrors } from './errors';

/** Relay global ids: base64("Type:localId"). Opaque to clients, stable forever. */
export function toGlobalId(type: string, id: string | number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon <= 0 || !/^[1-9][0-9]{0,17}$/.test(id) || toGlobalId(type, id) !== globalId.replace(/=+$/, '')) {
    throw RequestErrors.invalidId('id', globalId);
  }
  return { type, id };
}

/** Decodes a global id that must name an object of the given type; returns the database id. */
export function localId(type: string, globalId: string, field = 'id'): string {
  let decoded: { type: string; id: string };
  try {
    decoded = fromGlobalId(globalId);
  } catch {
    throw RequestErrors.invalidId(field, globalId);
  }
  if (decoded.type !== type) throw RequestErrors.wrongIdType(field, globalId, type, decoded.type);
  return decoded.id;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Builds the `XConnection` / `XEdge` GraphQL types for a node type (Relay cursor connections). */
export function ConnectionType<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A normalised page request: which way to read, from which cursor, how many. */
export interface PageRequest {
  limit: number;
  backward: boolean;
  cursor: unknown[] | null;
}

export function pageRequest(args: PageArgs): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw RequestErrors.firstAndLast();
  const size = first ?? last ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw RequestErrors.pageSize(first != null ? 'first' : 'last', MAX_PAGE_SIZE);
  }
  const backward = last != null;
  const cursorText = backward ? before : after;
  return { limit: size, backward, cursor: cursorText ? decodeCursor(cursorText) : null };
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length > 0) return values;
  } catch {
    // fall through to the error below
  }
  throw RequestErrors.invalidCursor('cursor', cursor);
}

/** What the sort key of a keyset cursor may be, per kind of key, so a foreign or crafted cursor never reaches SQL. */
export const CURSOR_KEYS = {
  /** PostgreSQL's text of a timestamptz, e.g. `2026-12-01 12:00:00.123456+00`, with a real calendar date. */
  timestamp: (value: unknown): boolean => {
    const m = typeof value === 'string' && /^(\d{4})-(\d{2})-(\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/.exec(value);
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  },
  integer: (value: unknown): boolean => Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1,
  text: (value: unknown): boolean => typeof value === 'string' && !value.includes('\u0000'),
};

/** A `[key, id]` cursor of a keyset connection whose key passes `isKey` and whose id is a database id. */
export function isKeysetCursor(values: unknown[], isKey: (value: unknown) => boolean): boolean {
  return values.length === 2 && isKey(values[0]) && typeof values[1] === 'string' && /^[1-9][0-9]{0,17}$/.test(values[1]);
}

/**
 * Turns rows fetched with `limit + 1` in the read direction into a connection.
 * `cursorOf` gives the sort key of a row (what `decodeCursor` returns for it).
 */
export function toConnection<R, T>(
  rows: R[],
  request: PageRequest,
  cursorOf: (row: R) => unknown[],
  toNode: (row: R) => T,
): Connection<T> {
  const hasMore = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  if (request.backward) page.reverse();
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: request.backward ? request.cursor !== null : hasMore,
      hasPreviousPage: request.backward ? hasMore : request.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Paginates a list already in memory (small, bounded lists such as a person's credit). */
export function connectionFromArray<T>(items: T[], args: PageArgs, keyOf: (item: T, index: number) => unknown[]): Connection<T> {
  const request = pageRequest(args);
  const indexed = items.map((item, index) => ({ item, key: JSON.stringify(keyOf(item, index)), index }));
  let start = 0;
  let end = indexed.length;
  if (request.cursor && !request.backward) start = indexed.findIndex((e) => e.key === JSON.stringify(request.cursor)) + 1;
  if (request.cursor && request.backward) end = Math.max(0, indexed.findIndex((e) => e.key === JSON.stringify(request.cursor)));
  const window = indexed.slice(start, end);
  const page = request.backward ? window.slice(Math.max(0, window.length - request.limit)) : window.slice(0, request.limit);
  const edges = page.map((e) => ({ cursor: encodeCursor(JSON.parse(e.key)), node: e.item }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: request.backward ? end < indexed.length : start + page.length < end,
      hasPreviousPage: request.backward ? window.length > page.length : start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}


/** The Relay paging arguments, for resolvers to extend. */
@ArgsType()
export class ConnectionArgs implements PageArgs {
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
  @Field(() => Int, { nullable: true }) last?: number;
  @Field(() => String, { nullable: true }) before?: string;
}

/** Whether the client asked for a field directly under this one (e.g. an optional, costlier `totalCount`). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some(
      (s) => (s.kind === Kind.FIELD && s.name.value === name) || s.kind !== Kind.FIELD, // fragments: assume yes
    ),
  );
}
