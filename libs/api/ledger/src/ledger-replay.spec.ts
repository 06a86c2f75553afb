import { LedgerReplay } from './ledger-replay';

describe('replaying the ledger', () => {
  const replay = new LedgerReplay();
  [
    { eventType: 'IDEA_POSTED', payload: { ideaId: '1', authorId: '10' } },
    { eventType: 'BUILT_ON', payload: { ideaId: '2', authorId: '11', relation: 'EXTENDS', retention: 0.6, parents: [{ ideaId: '1', weight: 2 }] } },
    { eventType: 'IDEA_POSTED', payload: { ideaId: '3', authorId: '12' } },
    { eventType: 'PARENT_LINKED', payload: { ideaId: '3', parentId: '2', relation: 'EXTENDS', weight: 1, retention: 0.7 } },
    { eventType: 'ENDORSED', payload: { ideaId: '2', personId: '13' } },
    { eventType: 'COAUTHOR_ACCEPTED', payload: { ideaId: '2', personId: '13' } },
    { eventType: 'UNENDORSED', payload: { ideaId: '2', personId: '13', because: 'BECAME_AUTHOR' } },
    { eventType: 'ENDORSED', payload: { ideaId: '3', personId: '10' } },
    // moderation is on the record but changes no fact of credit
    { eventType: 'CONTENT_HIDDEN', payload: { ideaId: '1', commentId: null, reason: 'Personal data', resolvedFlags: 1 } },
    { eventType: 'CONTENT_UNHIDDEN', payload: { ideaId: '1', commentId: null, reason: 'Removed', resolvedFlags: 0 } },
  ].forEach((entry, i) => replay.apply({ seq: i + 1, ...entry }));
  const live = () => ({
    ideas: [
      { id: '1', retention: 1 },
      { id: '2', retention: 0.6 },
      { id: '3', retention: 0.7 },
    ],
    authors: [
      { ideaId: '1', personId: '10', weight: 1 },
      { ideaId: '2', personId: '11', weight: 1 },
      { ideaId: '2', personId: '13', weight: 1 },
      { ideaId: '3', personId: '12', weight: 1 },
    ],
    edges: [
      { childId: '2', parentId: '1', relation: 'EXTENDS', weight: 2 },
      { childId: '3', parentId: '2', relation: 'EXTENDS', weight: 1 },
    ],
    endorsements: [{ ideaId: '3', personId: '10' }],
  });

  it('gives the facts the writes made, and finds no difference with the same live tables', () => {
    expect(replay.problems).toEqual([]);
    expect([...replay.ideas.get('2')!.authors.keys()]).toEqual(['11', '13']);
    expect(replay.ideas.get('2')!.endorsers.size).toBe(0);
    expect(replay.ideas.get('3')).toMatchObject({ retention: 0.7, retentionSeq: 4 });
    expect(replay.compare(live())).toEqual([]);
  });

  it('words every difference and names the entry it concerns, in chain order', () => {
    const edited = live();
    edited.ideas[2].retention = 0.9;
    edited.authors.push({ ideaId: '1', personId: '14', weight: 1 });
    edited.edges[0].relation = 'COMBINES';
    edited.endorsements = [];
    edited.ideas.push({ id: '4', retention: 1 });
    expect(replay.compare(edited)).toEqual([
      { seq: null, message: 'co-author Person 14 of idea 1 is in the live tables but not in the ledger' },
      { seq: 2, message: 'the build-on of idea 2 on idea 1: its relation is COMBINES in the live tables but EXTENDS in the ledger (entry 2)' },
      { seq: 4, message: 'retention of idea 3 is 0.9 in the live tables but 0.7 in the ledger (entry 4)' },
      { seq: 8, message: 'the endorsement of idea 3 by Person 10 (ledger entry 8) is in the ledger but not in the live tables' },
      { seq: null, message: 'idea 4 is in the live tables but not in the ledger' },
    ]);
  });

  it('reports an entry that does not fit what came before it', () => {
    const odd = new LedgerReplay();
    odd.apply({ seq: 1, eventType: 'ENDORSED', payload: { ideaId: '9', personId: '1' } });
    odd.apply({ seq: 2, eventType: 'IDEA_POSTED', payload: { ideaId: '9', authorId: '1' } });
    odd.apply({ seq: 3, eventType: 'UNENDORSED', payload: { ideaId: '9', personId: '2', because: 'WITHDRAWN' } });
    expect(odd.problems.map((p) => p.message)).toEqual([
      'entry 1 (ENDORSED) refers to idea 9, which no earlier entry posted',
      'entry 3 (UNENDORSED) withdraws an endorsement of idea 9 by Person 2 that the ledger does not hold',
    ]);
  });
});
