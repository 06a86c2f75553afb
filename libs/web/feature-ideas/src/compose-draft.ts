import type { Relation } from '@kindling/web/data-access';

/** Everything the compose form holds, as it is saved between visits. */
export interface ComposeDraft {
  title: string;
  body: string;
  tagText: string;
  campaignId: string;
  relation: Relation | '';
  parents: Array<{ id: string; title: string; weight: number }>;
  coAuthors: Array<{ id: string; name: string }>;
}

/*
 * Drafts live in this browser's localStorage, one key per signed-in person: an unfinished idea is private
 * and needs no server round-trip per keystroke, no table and no API; it survives a reload, a closed tab and
 * navigating away. Keying by the person's id keeps one colleague's draft from another who signs in on the
 * same browser. The price: a draft does not follow its writer to another device.
 */
const key = (personId: string) => `kindling.composeDraft.${personId}`;

/** A draft worth restoring has words in it; chosen parents or a campaign alone come from the link that opened the page. */
export function hasWords(draft: ComposeDraft): boolean {
  return Boolean(draft.title.trim() || draft.body.trim() || draft.tagText.trim());
}

export function readDraft(personId: string): ComposeDraft | null {
  try {
    const stored = globalThis.localStorage?.getItem(key(personId));
    if (!stored) return null;
    const draft = JSON.parse(stored) as Partial<ComposeDraft>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const restored: ComposeDraft = {
      title: text(draft.title),
      body: text(draft.body),
      tagText: text(draft.tagText),
      campaignId: text(draft.campaignId),
      relation: draft.relation === 'EXTENDS' || draft.relation === 'COMBINES' || draft.relation === 'REFINES' ? draft.relation : '',
      parents: Array.isArray(draft.parents) ? draft.parents.filter((p) => typeof p?.id === 'string' && typeof p.title === 'string' && typeof p.weight === 'number') : [],
      coAuthors: Array.isArray(draft.coAuthors) ? draft.coAuthors.filter((c) => typeof c?.id === 'string' && typeof c.name === 'string') : [],
    };
    return hasWords(restored) ? restored : null;
  } catch {
    // storage switched off or a damaged entry: start afresh
    return null;
  }
}

/** Saves the draft, or forgets it when it has no words. */
export function writeDraft(personId: string, draft: ComposeDraft): void {
  try {
    if (hasWords(draft)) globalThis.localStorage?.setItem(key(personId), JSON.stringify(draft));
    else globalThis.localStorage?.removeItem(key(personId));
  } catch {
    // full or switched off: the form still works, only without a saved draft
  }
}

export function removeDraft(personId: string): void {
  try {
    globalThis.localStorage?.removeItem(key(personId));
  } catch {
    // nothing to remove
  }
}
