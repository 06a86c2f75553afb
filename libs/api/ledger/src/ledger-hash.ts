import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so a payload hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface HashedFields {
  seq: string;
  occurredAt: Date;
  eventType: string;
  actorId: string | null;
  payload: unknown;
  prevHash: string;
}

/** Each entry's hash covers all its fields and the previous entry's hash: editing or removing any row breaks the chain. */
export function entryHash(e: HashedFields): string {
  const text = canonicalJson([e.seq, e.occurredAt.toISOString(), e.eventType, e.actorId, e.payload, e.prevHash]);
  return createHash('sha256').update(text).digest('hex');
}
