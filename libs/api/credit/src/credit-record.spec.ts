import { CreditRecord, type RecordedIdea } from './credit-record';

/** An idea created at `createdAt` by `poster` (recorded then), with the given later facts. */
function idea(id: string, createdAt: number, poster: string, more: Partial<Pick<RecordedIdea, 'authors' | 'parents' | 'endorsers'>> = {}): RecordedIdea {
  return {
    id,
    createdAt,
    retention: 0.6,
    authors: [{ at: createdAt, value: { personId: poster, weight: 1 } }, ...(more.authors ?? [])],
    parents: more.parents ?? [],
    endorsers: more.endorsers ?? [],
  };
}

// Y (t=0) by ann; z1 (t=10) by ben builds on Y; z2 (t=20) by cat builds on z1, and at t=30 also on Y;
// dan joins z1 as co-author at t=15; eve endorses z1 at t=25.
const ideas = [
  idea('Y', 0, 'ann'),
  idea('z1', 10, 'ben', { authors: [{ at: 15, value: { personId: 'dan', weight: 1 } }], parents: [{ at: 10, value: { ideaId: 'Y', weight: 1 } }], endorsers: [{ at: 25, value: 'eve' }] }),
  idea('z2', 20, 'cat', {
    parents: [
      { at: 20, value: { ideaId: 'z1', weight: 2 } },
      { at: 30, value: { ideaId: 'Y', weight: 1 } },
    ],
  }),
];
const record = new CreditRecord(new Map(ideas.map((i) => [i.id, i])), new Map(), true);
const u = (person: string) => new Map([[person, 1]]);

describe('CreditRecord', () => {
  it('gives the family as it stood at a cut-off: only what was recorded before it, depths over the links made by then', () => {
    const at = (cutoff?: number) => record.descendants('Y', cutoff).map((z) => [z.ideaId, z.depth, z.authors.map((a) => a.personId), z.endorsers]);
    expect(at(10)).toEqual([]);
    expect(at(11)).toEqual([['z1', 1, ['ben'], []]]);
    expect(at(21)).toEqual([
      ['z1', 1, ['ben', 'dan'], []],
      ['z2', 2, ['cat'], []],
    ]);
    // everything: z2's direct link to Y (t=30) makes it depth 1
    expect(at()).toEqual([
      ['z1', 1, ['ben', 'dan'], ['eve']],
      ['z2', 1, ['cat'], []],
    ]);
  });

  it('gives u_v’s input at a cut-off, each parent with its u_p', () => {
    const upstream = new Map([
      ['Y', u('ann')],
      ['z1', u('ben')],
    ]);
    expect(record.upstreamInput('z2', upstream, 25)).toEqual({
      retention: 0.6,
      authors: [{ personId: 'cat', weight: 1 }],
      parents: [{ ideaId: 'z1', weight: 2, upstream: u('ben') }],
    });
    expect(record.upstreamInput('z2', upstream).parents.map((p) => p.ideaId)).toEqual(['z1', 'Y']);
    expect(record.parentIds('z2')).toEqual(['z1', 'Y']);
    expect(record.eventTimes()).toEqual([0, 0, 10, 10, 10, 15, 20, 20, 20, 25, 30]);
  });

  it('gives a_v at a cut-off from the split’s history: a later change or a leaver leaves the past as it was', () => {
    // ann posts s at 0 and fay joins at 5 (1 : 1); at 40 they agree on 3 : 1; at 60 fay leaves giving her share away
    const s: RecordedIdea = {
      ...idea('s', 0, 'ann', { authors: [{ at: 5, value: { personId: 'fay', weight: 1 } }] }),
      authors: [{ at: 0, value: { personId: 'ann', weight: 1.5 } }],
      splits: [
        { at: 0, value: { personId: 'ann', weight: 1 } },
        { at: 40, value: { personId: 'ann', weight: 1.5 } },
        { at: 5, value: { personId: 'fay', weight: 1 } },
        { at: 40, value: { personId: 'fay', weight: 0.5 } },
        { at: 60, value: { personId: 'fay', weight: null } },
      ],
    };
    // gil joined at 50 with no history written (a bulk load): his current weight from when he joined
    s.authors.push({ at: 50, value: { personId: 'gil', weight: 2 } });
    const split = new CreditRecord(new Map([['s', s]]), new Map(), true);
    const authorsAt = (cutoff?: number) => split.upstreamInput('s', new Map(), cutoff).authors;
    expect(authorsAt(3)).toEqual([{ personId: 'ann', weight: 1 }]);
    expect(authorsAt(40)).toEqual([
      { personId: 'ann', weight: 1 },
      { personId: 'fay', weight: 1 },
    ]);
    expect(authorsAt(41)).toEqual([
      { personId: 'ann', weight: 1.5 },
      { personId: 'fay', weight: 0.5 },
    ]);
    expect(authorsAt(61)).toEqual([
      { personId: 'ann', weight: 1.5 },
      { personId: 'gil', weight: 2 },
    ]);
    // now: the stored split, whatever the history says
    expect(authorsAt()).toEqual(s.authors.map((a) => a.value));
    expect(split.eventTimes()).toEqual([0, 0, 0, 5, 40, 40, 50, 60]);
  });

  it('refuses a past cut-off when read without dates, and an idea it did not read', () => {
    const now = new CreditRecord(record.ideas, new Map(), false);
    expect(now.descendants('Y')).toHaveLength(2);
    expect(() => now.descendants('Y', 11)).toThrow(/without dates/);
    expect(() => now.upstreamInput('z2', new Map(), 11)).toThrow(/without dates/);
    expect(() => now.eventTimes()).toThrow(/without dates/);
    expect(() => record.idea('nope')).toThrow(/not read/);
  });
});
