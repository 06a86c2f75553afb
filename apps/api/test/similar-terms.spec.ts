import { COMMON_WORDS, COMPOUNDS, LEXICON, STOP_WORDS, draftTerms, fold } from '@kindling/api/ideas';

/** Every term of a draft, of any group. */
const termsOf = (title: string, body = '') => draftTerms(title, body).groups.flatMap((g) => g.terms);

describe('the bilingual lexicon', () => {
  it('is sorted by the English word, once per pair, in base forms without capitals or accents', () => {
    const lines = LEXICON.map(([en, nl]) => `${en} ${nl}`);
    expect(lines).toEqual([...lines].sort());
    expect(new Set(lines).size).toBe(lines.length);
    const words = [...LEXICON.flat(), ...Object.keys(COMPOUNDS), ...Object.values(COMPOUNDS).flat(), ...STOP_WORDS, ...COMMON_WORDS];
    expect(words.filter((w) => !/^[a-z]+$/.test(w))).toEqual([]);
    // little words are never looked up nor asked for: a pair of two of them would do nothing
    expect(LEXICON.filter(([en, nl]) => STOP_WORDS.has(en) && STOP_WORDS.has(nl))).toEqual([]);
  });

  it('lists compounds whose parts it knows, so a part finds the compound', () => {
    const known = new Set([...LEXICON.flat(), ...Object.keys(COMPOUNDS)]);
    const unknownParts = Object.entries(COMPOUNDS).filter(([, parts]) => parts.filter((p) => known.has(p)).length === 0);
    expect(unknownParts).toEqual([]);
  });
});

describe('a draft’s terms', () => {
  it('adds translations, base forms and compound parts, folded like the ideas’ text', () => {
    expect(termsOf('Winterjassen voor chauffeurs')).toEqual(expect.arrayContaining(['winter:*', 'jas', 'jassen', 'chauffeur:*', 'jacket:*', 'driver:*']));
    expect(termsOf('Proper winter jackets')).toEqual(expect.arrayContaining(['jacket:*', 'jas', 'jassen', 'winter:*']));
    // a part finds the compound in an idea's text; a compound nobody listed is split into known words
    expect(termsOf('A fridge')).toEqual(expect.arrayContaining(['koelkast:*', 'nachtkoelkast:*']));
    expect(termsOf('Magazijnjassen')).toEqual(expect.arrayContaining(['warehouse:*', 'jacket:*']));
    expect(termsOf('Kantine café')).toEqual(expect.arrayContaining(['kantine:*', 'canteen:*', 'cafe']));
    expect(fold('Wiśniewska Łódź Æble')).toBe('wisniewska lodz aeble');
  });

  it('leaves out the little words of both languages, and counts translations and everyday words less', () => {
    const { title, groups } = draftTerms('Een plan voor de chauffeurs and the drivers', 'Met warme jassen');
    expect(title).toBe('plan chauffeurs drivers');
    expect(groups.flatMap((g) => g.terms).filter((t) => ['een', 'voor', 'and', 'the', 'met', 'van'].includes(t))).toEqual([]);
    const weightOf = (term: string) => groups.find((g) => g.terms.includes(term))?.weight;
    expect(weightOf('plan')).toBe(1);
    expect(weightOf('chauffeur:*')).toBeLessThan(weightOf('plan')!); // an everyday word here, each form once
    expect(weightOf('chauffeurs:*')).toBeUndefined();
    expect(weightOf('jassen')).toBeLessThan(1); // the body's
    expect(weightOf('jacket:*')).toBeLessThan(weightOf('jassen')!); // the body's, translated
  });

  it('stays a small query however long the draft', () => {
    const words = Array.from({ length: 500 }, (_, i) => `woord${i}`).join(' ');
    expect(termsOf(words, words).length).toBeLessThanOrEqual(4 * 2 * 32);
    expect(draftTerms('', '').groups).toEqual([]);
  });
});
