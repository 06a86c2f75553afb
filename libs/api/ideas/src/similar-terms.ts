import { COMMON_WORDS, COMPOUNDS, LEXICON, STOP_WORDS } from './lexicon';

/** Full-text terms (`to_tsquery` syntax: `word` or `prefix:*`) and how much each of their matches counts. */
export interface TermGroup {
  terms: string[];
  weight: number;
  /** The workplace's everyday words: they add to the score, but do not make an idea a candidate. */
  common: boolean;
}

/**
 * A draft as the similar-ideas query uses it: its title's significant words (for trigram similarity, without the
 * little words that make any two titles of one language look alike) and its full-text terms in groups: the
 * title's words count more than the body's, a word as typed more than its translations.
 */
export interface DraftTerms {
  title: string;
  groups: TermGroup[];
}

/** The weights of the groups: a translation a little less than the word itself, so an exact duplicate ranks first. */
export const WEIGHTS = { title: 1, titleTranslated: 0.9, body: 0.5, bodyTranslated: 0.45 };
/** How much an everyday word of the workplace (`COMMON_WORDS`) counts, times its group's weight. */
export const COMMON_WEIGHT = 0.3;
/** The words of a draft looked at, and the terms asked for per group: a typed draft stays a small query. */
export const MAX_WORDS = 24;
export const MAX_TERMS = 32;

const TRANSLATIONS = new Map<string, Set<string>>();
for (const [en, nl] of LEXICON) {
  if (!TRANSLATIONS.has(en)) TRANSLATIONS.set(en, new Set());
  if (!TRANSLATIONS.has(nl)) TRANSLATIONS.set(nl, new Set());
  TRANSLATIONS.get(en)!.add(nl);
  TRANSLATIONS.get(nl)!.add(en);
}
/** Each part → the compounds it is in (koelkast → nachtkoelkast). */
const IN_COMPOUNDS = new Map<string, string[]>();
for (const [compound, parts] of Object.entries(COMPOUNDS)) {
  for (const part of parts) IN_COMPOUNDS.set(part, [...(IN_COMPOUNDS.get(part) ?? []), compound]);
}
const known = (word: string) => TRANSLATIONS.has(word) || word in COMPOUNDS;

/**
 * Lower case without accents, as `f_unaccent` folds the ideas' text (the letters below have no combining mark).
 * Done here rather than in SQL: unaccent turns a few letters and digits (½, ①) into punctuation, which
 * `to_tsquery` would read as operators.
 */
export function fold(text: string): string {
  const letters: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ĳ: 'ij', ł: 'l', ø: 'o', þ: 'th' };
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æœßđðħıĳłøþ]/g, (letter) => letters[letter]);
}

/** The base forms a word may be (plural -s/-es/-ies/-en, Dutch doubled consonants and long vowels), known ones only. */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  // verse → vers (a Dutch adjective's -e); charging → charge
  if (word.endsWith('e')) forms.push(word.slice(0, -1));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('en')) {
    const stem = word.slice(0, -2);
    forms.push(stem);
    // jassen → jas; straten → straat
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) forms.push(stem.slice(0, -1));
    const short = /^(.*[^aeiou])([aeiou])([b-df-hj-np-tv-z])$/.exec(stem);
    if (short) forms.push(`${short[1]}${short[2]}${short[2]}${short[3]}`);
  }
  // a compound's first part is often a verb's stem (bezorg-foto) or has a linking s (personeel-s-ingang)
  forms.push(`${word}en`);
  return [...new Set(forms)].filter(known);
}

/** A word's known base forms, or the two known parts of a compound nobody listed (winterjassen → winter, jas). */
function lemmas(word: string): string[] {
  const forms = baseForms(word);
  if (forms.length > 0 || word.length < 6) return forms;
  for (let cut = word.length - 3; cut >= 3; cut--) {
    const head = baseForms(word.slice(0, cut));
    const tail = baseForms(word.slice(cut));
    if (head.length > 0 && tail.length > 0) return [head[0], tail[0]];
  }
  return [];
}

/** A word as query terms: a number as it is, a prefix from five letters on (jacket:* finds jackets), short words with their plurals. */
function termsOf(word: string): string[] {
  if (/^\p{N}+$/u.test(word)) return [word];
  if (word.length >= 5) return [`${word}:*`];
  // jas → jassen, bus → bussen; box → boxes
  const doubled = /[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(word) ? [`${word}${word.at(-1)}en`] : [];
  const es = /(s|x|ch|sh)$/.test(word) ? [`${word}es`] : [];
  return [word, `${word}s`, `${word}en`, ...doubled, ...es];
}

/** An everyday word of the workplace, in any of its forms (chauffeurs as chauffeur). */
function isCommon(word: string): boolean {
  return COMMON_WORDS.has(word) || lemmas(word).some((lemma) => COMMON_WORDS.has(lemma));
}

/** A text's words that say something, folded, each once. */
function significant(text: string): string[] {
  return [...new Set((fold(text).match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)))];
}

/** Words as typed (with their base forms and compound parts), and their translations in the lexicon. */
function expand(words: string[]): { own: Set<string>; translated: Set<string> } {
  const own = new Set<string>();
  const translated = new Set<string>();
  for (const word of words) {
    own.add(word);
    for (const base of lemmas(word).flatMap((lemma) => [lemma, ...(COMPOUNDS[lemma] ?? [])])) {
      own.add(base);
      for (const compound of IN_COMPOUNDS.get(base) ?? []) own.add(compound);
      for (const translation of TRANSLATIONS.get(base) ?? []) {
        // a translation may be a little word of the other language (late → laat): no use
        if (STOP_WORDS.has(translation)) continue;
        translated.add(translation);
        for (const compound of IN_COMPOUNDS.get(translation) ?? []) translated.add(compound);
      }
    }
  }
  return { own, translated };
}

/**
 * The terms a draft is searched with: its title's words, its title's translations, its body's words and its
 * body's translations, each term in the first group it belongs to (so no match counts twice).
 */
export function draftTerms(title: string, body: string): DraftTerms {
  const titleWords = significant(title).slice(0, MAX_WORDS);
  const bodyWords = significant(body).filter((w) => !titleWords.includes(w)).slice(0, MAX_WORDS);
  const inTitle = expand(titleWords);
  const inBody = expand(bodyWords);
  const candidates: Array<[Set<string>, number]> = [
    [inTitle.own, WEIGHTS.title],
    [inTitle.translated, WEIGHTS.titleTranslated],
    [inBody.own, WEIGHTS.body],
    [inBody.translated, WEIGHTS.bodyTranslated],
  ];
  const taken: string[] = [];
  const groups: TermGroup[] = [];
  for (const [words, weight] of candidates) {
    // the workplace's everyday words count less: the ranking cannot tell how rare a word is
    for (const common of [false, true]) {
      const part = [...words].filter((w) => isCommon(w) === common);
      const terms = withoutCovered(part.flatMap(termsOf), taken).slice(0, MAX_TERMS);
      taken.push(...terms);
      if (terms.length > 0) groups.push({ terms, weight: common ? weight * COMMON_WEIGHT : weight, common });
    }
  }
  return { title: titleWords.join(' '), groups };
}

/** Terms less those already asked for, or found by a prefix (jackets:* once jacket:* is there), so no word counts twice. */
function withoutCovered(terms: string[], taken: string[]): string[] {
  const all = [...taken, ...terms];
  const prefixes = all.filter((t) => t.endsWith(':*')).map((t) => t.slice(0, -2));
  return [...new Set(terms)].filter((t) => {
    const word = t.endsWith(':*') ? t.slice(0, -2) : t;
    return !taken.includes(t) && !prefixes.some((p) => p !== word && word.startsWith(p));
  });
}
