import { InputReason } from '@kindling/shared/errors';
import { LIMITS, type Relation, type RuleViolation } from './idea-rules';

/*
 * One table of inputs and what the shared rules make of them, for tests only: the rules' own spec, the web
 * app's forms and the API all check these cases, so they accept and refuse exactly the same things.
 * Inputs are given as a person types them (not normalised): every side normalises before it checks.
 * Each case breaks at most one rule, so "the" violation is the only one.
 */

const chars = (n: number, c = 'a') => c.repeat(n);

const title = 'Hot meals on the night shift';
const body = 'A warm meal at 02:00 keeps the night shift going.';

/** Ten distinct, valid tags. */
const tenTags = ['docks', 'fleet', 'night-shift', 'wellbeing', 'safety', 'canteen', 'rota', 'parking', 'energy', '2025'];

export interface DraftCase {
  name: string;
  draft: { title: string; body: string; tags: string[] };
  violation: RuleViolation | null;
}

const broken = (field: string, reason: InputReason): RuleViolation => ({ field, reason });

export const DRAFT_CASES: DraftCase[] = [
  { name: 'a plain idea', draft: { title, body, tags: [] }, violation: null },
  { name: 'an empty title', draft: { title: '', body, tags: [] }, violation: broken('title', InputReason.TITLE_EMPTY) },
  { name: 'a title of only spaces', draft: { title: '   ', body, tags: [] }, violation: broken('title', InputReason.TITLE_EMPTY) },
  { name: `a title of ${LIMITS.title} characters`, draft: { title: chars(LIMITS.title), body, tags: [] }, violation: null },
  { name: `a title of ${LIMITS.title + 1} characters`, draft: { title: chars(LIMITS.title + 1), body, tags: [] }, violation: broken('title', InputReason.TITLE_TOO_LONG) },
  { name: `a title of ${LIMITS.title} characters between spaces`, draft: { title: `  ${chars(LIMITS.title)}  `, body, tags: [] }, violation: null },
  {
    name: `a title whose runs of spaces collapse to ${LIMITS.title} characters`,
    draft: { title: `${chars(100)}${' '.repeat(50)}${chars(99, 'b')}`, body, tags: [] },
    violation: null,
  },
  { name: 'an empty description', draft: { title, body: '', tags: [] }, violation: broken('body', InputReason.BODY_EMPTY) },
  { name: 'a description of only blank lines', draft: { title, body: '\n  \n', tags: [] }, violation: broken('body', InputReason.BODY_EMPTY) },
  { name: `a description of ${LIMITS.body} characters`, draft: { title, body: chars(LIMITS.body), tags: [] }, violation: null },
  { name: `a description of ${LIMITS.body + 1} characters`, draft: { title, body: chars(LIMITS.body + 1), tags: [] }, violation: broken('body', InputReason.BODY_TOO_LONG) },
  { name: `${LIMITS.tags} tags`, draft: { title, body, tags: tenTags }, violation: null },
  { name: `${LIMITS.tags + 1} tags`, draft: { title, body, tags: [...tenTags, 'extra'] }, violation: broken('tags', InputReason.TOO_MANY_TAGS) },
  { name: `${LIMITS.tags + 1} tags of which two are the same once normalised`, draft: { title, body, tags: [...tenTags, 'Night Shift'] }, violation: null },
  { name: 'dashed and numeric tags', draft: { title, body, tags: ['night-shift', '2025'] }, violation: null },
  { name: 'tags typed with capitals, spaces and a #', draft: { title, body, tags: ['Night Shift', '#Wellbeing', ' docks '] }, violation: null },
  { name: 'tags with accented letters', draft: { title, body, tags: ['zoë', 'Café-2025'] }, violation: null },
  { name: 'blank tags, which are dropped', draft: { title, body, tags: ['', '   '] }, violation: null },
  { name: 'a tag with punctuation', draft: { title, body, tags: ['no spaces!'] }, violation: broken('tags', InputReason.INVALID_TAG) },
  { name: 'a tag with a double dash', draft: { title, body, tags: ['a--b'] }, violation: broken('tags', InputReason.INVALID_TAG) },
  { name: 'a tag with a trailing dash', draft: { title, body, tags: ['trailing-'] }, violation: broken('tags', InputReason.INVALID_TAG) },
  { name: 'a tag with a leading dash', draft: { title, body, tags: ['-leading'] }, violation: broken('tags', InputReason.INVALID_TAG) },
  { name: 'a tag with an underscore', draft: { title, body, tags: ['night_shift'] }, violation: broken('tags', InputReason.INVALID_TAG) },
  { name: `a tag of ${LIMITS.tag} characters`, draft: { title, body, tags: [chars(LIMITS.tag, 'x')] }, violation: null },
  { name: `a tag of ${LIMITS.tag + 1} characters`, draft: { title, body, tags: [chars(LIMITS.tag + 1, 'x')] }, violation: broken('tags', InputReason.INVALID_TAG) },
];

export interface ParentsCase {
  name: string;
  /** Labels of distinct existing ideas ("a", "b" …); a repeated label names the same idea twice. */
  parents: string[];
  relation: Relation | null;
  /** The split as sent; null leaves it out (an equal split). */
  split: number[] | null;
  violation: RuleViolation | null;
}

const labels = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

export const PARENT_CASES: ParentsCase[] = [
  { name: 'one parent, default relation', parents: ['a'], relation: null, split: null, violation: null },
  { name: 'one parent, refined', parents: ['a'], relation: 'REFINES', split: null, violation: null },
  { name: `${LIMITS.parents} parents`, parents: labels(LIMITS.parents), relation: null, split: null, violation: null },
  { name: 'no parents', parents: [], relation: null, split: null, violation: broken('parentIds', InputReason.PARENT_COUNT) },
  { name: `${LIMITS.parents + 1} parents`, parents: labels(LIMITS.parents + 1), relation: null, split: null, violation: broken('parentIds', InputReason.PARENT_COUNT) },
  { name: 'the same parent twice', parents: ['a', 'a'], relation: null, split: null, violation: broken('parentIds', InputReason.DUPLICATE_PARENT) },
  { name: 'combining one parent', parents: ['a'], relation: 'COMBINES', split: null, violation: broken('relation', InputReason.COMBINES_NEEDS_TWO) },
  { name: 'combining two parents', parents: ['a', 'b'], relation: 'COMBINES', split: null, violation: null },
  { name: 'a split in percent', parents: ['a', 'b'], relation: null, split: [70, 30], violation: null },
  { name: 'a split at any scale', parents: ['a', 'b'], relation: null, split: [0.5, 0.25], violation: null },
  { name: 'a split with too few parts', parents: ['a', 'b'], relation: null, split: [100], violation: broken('split', InputReason.SPLIT_LENGTH) },
  { name: 'a split with too many parts', parents: ['a'], relation: null, split: [50, 50], violation: broken('split', InputReason.SPLIT_LENGTH) },
  { name: 'a split with a zero part', parents: ['a', 'b'], relation: null, split: [100, 0], violation: broken('split', InputReason.SPLIT_NOT_POSITIVE) },
  { name: 'a split whose parts overflow', parents: ['a', 'b'], relation: null, split: [1e308, 1e308], violation: broken('split', InputReason.SPLIT_TOO_LARGE) },
  { name: 'a split with a negative part', parents: ['a', 'b'], relation: null, split: [60, -40], violation: broken('split', InputReason.SPLIT_NOT_POSITIVE) },
];

export interface CommentCase {
  name: string;
  body: string;
  violation: RuleViolation | null;
}

export const COMMENT_CASES: CommentCase[] = [
  { name: 'a comment', body: 'Night shift would love this.', violation: null },
  { name: 'an empty comment', body: '', violation: broken('body', InputReason.COMMENT_EMPTY) },
  { name: 'a comment of only spaces and new lines', body: ' \n\t ', violation: broken('body', InputReason.COMMENT_EMPTY) },
  { name: `a comment of ${LIMITS.comment} characters`, body: chars(LIMITS.comment), violation: null },
  { name: `a comment of ${LIMITS.comment} characters between spaces`, body: `  ${chars(LIMITS.comment)}\n`, violation: null },
  { name: `a comment of ${LIMITS.comment + 1} characters`, body: chars(LIMITS.comment + 1), violation: broken('body', InputReason.COMMENT_TOO_LONG) },
];
