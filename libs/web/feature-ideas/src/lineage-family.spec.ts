import { describe, expect, it } from '@jest/globals';
import { buildFamily, foldForSearch, initialCollapsed, LARGE_FAMILY, revealPath, searchFamily, shownFamily } from './lineage-family';

// grand → parent → current → k1..k3; k1 → l1 → m1..m3; m1 also builds on k2 (a diamond)
const edges = [
  ['grand', 'parent'],
  ['parent', 'current'],
  ['current', 'k1'],
  ['current', 'k2'],
  ['current', 'k3'],
  ['k1', 'l1'],
  ['l1', 'm1'],
  ['l1', 'm2'],
  ['l1', 'm3'],
  ['k2', 'm1'],
].map(([parentId, childId]) => ({ parentId, childId }));
const ids = ['current', 'grand', 'parent', 'k1', 'k2', 'k3', 'l1', 'm1', 'm2', 'm3'];

describe('the lineage family', () => {
  const family = buildFamily('current', ids, edges);

  it('measures build-ons by their shortest distance down and finds every ancestor', () => {
    expect(Object.fromEntries(family.depth)).toEqual({ current: 0, k1: 1, k2: 1, k3: 1, l1: 2, m1: 2, m2: 3, m3: 3 });
    expect([...family.ancestors].sort()).toEqual(['grand', 'parent']);
  });

  it('opens a small family whole, a large one collapsed two levels below the idea', () => {
    expect(initialCollapsed(family).size).toBe(0);
    const many = Array.from({ length: LARGE_FAMILY }, (_, i) => `x${i}`);
    const big = buildFamily('current', [...ids, ...many], [...edges, ...many.map((id) => ({ parentId: 'm2', childId: id }))]);
    expect([...initialCollapsed(big)].sort()).toEqual(['l1', 'm2']);
    expect(initialCollapsed(big, true).size).toBe(0);
  });

  it('counts what a collapsed branch hides, not what another open branch still shows', () => {
    const shown = shownFamily(family, new Set(['l1']));
    expect([...shown.visible].sort()).toEqual(['current', 'grand', 'k1', 'k2', 'k3', 'l1', 'm1', 'parent']);
    // m1 stays shown through k2: l1 hides m2 and m3 only
    expect(Object.fromEntries(shown.hidden)).toEqual({ l1: 2 });
    const k1 = shownFamily(family, new Set(['k1']));
    expect(Object.fromEntries(k1.hidden)).toEqual({ k1: 3 });
    expect(k1.visible.has('m1')).toBe(true);
  });

  it('opens the branches down to a match', () => {
    const opened = revealPath(family, new Set(['k1', 'l1', 'k3']), 'm3');
    expect([...opened]).toEqual(['k3']);
    expect(shownFamily(family, opened).visible.has('m3')).toBe(true);
  });

  it('searches titles and authors without accents or case, every word in any order', () => {
    const nodes = [
      { id: 'a', title: 'Mañana board for late trucks', authors: [{ name: 'María García' }] },
      { id: 'b', title: 'Gate screen', authors: [{ name: 'Kasia Wiśniewska' }] },
    ];
    expect(foldForSearch('Wiśniewska')).toBe('wisniewska');
    expect(searchFamily(nodes, 'MANANA')).toEqual(['a']);
    expect(searchFamily(nodes, 'garcia maria')).toEqual(['a']);
    expect(searchFamily(nodes, 'kasia wis')).toEqual(['b']);
    expect(searchFamily(nodes, '   ')).toEqual([]);
  });
});
