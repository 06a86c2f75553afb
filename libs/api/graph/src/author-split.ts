import { PARTS_PER_MILLION, apportion, compareIds } from '@kindling/credit';
import { AuthorshipErrors } from './graph.errors';

/** One person's share of an idea's a_v, in parts per million. */
export interface SplitShare {
  personId: string;
  ppm: number;
}

/** One member of a_v as stored: an accepted author, or one who left and kept their share. */
export interface SplitMember {
  personId: string;
  weight: number;
}

/** The members' shares of a_v in ppm, exact (largest remainder, ties by id), in id order. */
export function sharesOf(members: readonly SplitMember[]): SplitShare[] {
  const sorted = [...members].sort((a, b) => compareIds(a.personId, b.personId));
  const parts = apportion(PARTS_PER_MILLION, sorted.map((m) => m.weight));
  return sorted.map((m, i) => ({ personId: m.personId, ppm: parts[i] }));
}

/**
 * The split an invitation proposes when the inviter gives none: the invitee gets an equal share (1/n of n
 * authors after acceptance) and everyone else keeps their proportions, so an equal split stays equal and a split
 * the authors agreed on earlier is only scaled, never rearranged.
 */
export function defaultInvitationSplit(members: readonly SplitMember[], inviteeId: string): SplitShare[] {
  const n = members.length + 1;
  const total = members.reduce((sum, m) => sum + m.weight, 0);
  const weights = [...members.map((m) => ({ personId: m.personId, weight: ((n - 1) / n) * (m.weight / total) })), { personId: inviteeId, weight: 1 / n }];
  return sharesOf(weights);
}

/**
 * Checks a split against the people it must cover (each once, nobody else), then its shares (whole ppm above
 * zero, adding up to exactly 100 %). Returns it in id order.
 */
export function checkSplit(split: readonly SplitShare[], people: readonly string[]): SplitShare[] {
  const wanted = new Set(people);
  const seen = new Set<string>();
  for (const [i, share] of split.entries()) {
    if (!wanted.has(share.personId) || seen.has(share.personId)) throw AuthorshipErrors.splitAuthors(`split[${i}]`);
    seen.add(share.personId);
  }
  if (seen.size !== wanted.size) throw AuthorshipErrors.splitAuthors('split');
  for (const [i, share] of split.entries()) if (!Number.isSafeInteger(share.ppm) || share.ppm <= 0) throw AuthorshipErrors.notPositive(`split[${i}].ppm`);
  if (split.reduce((sum, s) => sum + s.ppm, 0) !== PARTS_PER_MILLION) throw AuthorshipErrors.sum();
  return [...split].sort((a, b) => compareIds(a.personId, b.personId));
}

/**
 * An inviter may give the invitee any part of their own share, but may lower another author only as far as
 * making room for the invitee does (their share scaled by 1 − the invitee's share, to the ppm): anything more
 * changes that author's share without their consent.
 */
export function checkInvitationLowersNobody(split: readonly SplitShare[], members: readonly SplitMember[], inviterId: string, inviteeId: string): void {
  const total = members.reduce((sum, m) => sum + m.weight, 0);
  const room = 1 - split.find((s) => s.personId === inviteeId)!.ppm / PARTS_PER_MILLION;
  for (const member of members) {
    if (member.personId === inviterId) continue;
    const floor = Math.floor((member.weight / total) * room * PARTS_PER_MILLION) - 1;
    const proposed = split.find((s) => s.personId === member.personId)!.ppm;
    if (proposed < floor) throw AuthorshipErrors.lowersOther(`split[${split.findIndex((s) => s.personId === member.personId)}]`);
  }
}

/**
 * The raw weights a split is stored as (`idea_authors.weight`): its ppm scaled to average 1, as merges store
 * theirs; the engine normalises them per idea.
 */
export function weightsOf(split: readonly SplitShare[]): SplitMember[] {
  return split.map((s) => ({ personId: s.personId, weight: (s.ppm * split.length) / PARTS_PER_MILLION }));
}

/** Whether two splits give everyone the same ppm. */
export function sameSplit(a: readonly SplitShare[], b: readonly SplitShare[]): boolean {
  return a.length === b.length && a.every((s) => b.some((t) => t.personId === s.personId && t.ppm === s.ppm));
}
