import { GENESIS_HASH, canonicalJson, entryHash } from './ledger-hash';

describe('ledger hashing', () => {
  const entry = { seq: '1', occurredAt: new Date('2026-01-02T03:04:05.678Z'), eventType: 'IDEA_POSTED', actorId: '3', payload: { b: 1, a: [2, { d: 1, c: 2 }] }, prevHash: GENESIS_HASH };

  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(entryHash(entry)).toBe(entryHash({ ...entry, payload: { a: [2, { c: 2, d: 1 }], b: 1 } }));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = entryHash(entry);
    for (const changed of [{ seq: '2' }, { actorId: '4' }, { payload: { b: 2, a: [2, { d: 1, c: 2 }] } }, { prevHash: 'f'.repeat(64) }, { occurredAt: new Date(0) }]) {
      expect(entryHash({ ...entry, ...changed })).not.toBe(base);
    }
  });
});
