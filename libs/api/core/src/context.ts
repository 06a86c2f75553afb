import type { Request, Response } from 'express';

export type Role = 'MEMBER' | 'REVIEWER' | 'ADMIN';

/** The acting person of a request. */
export interface Viewer {
  id: string;
  role: Role;
}

/** The GraphQL context: one per request, with that request's DataLoaders. */
export interface RequestContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  /** Per-request memo (DataLoaders), keyed by the object that owns the entry. */
  cache: Map<object, unknown>;
}

/** Returns the per-request value owned by `owner`, creating it on first use in this request. */
export function perRequest<T>(ctx: RequestContext, owner: object, create: () => T): T {
  let value = ctx.cache.get(owner) as T | undefined;
  if (value === undefined) {
    value = create();
    ctx.cache.set(owner, value);
  }
  return value;
}

/** Rows of one batched query, grouped by key in the order of `keys` (what a DataLoader returns). */
export function groupBy<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}
