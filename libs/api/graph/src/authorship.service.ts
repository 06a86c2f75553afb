import { Injectable } from '@nestjs/common';
import { PARTS_PER_MILLION } from '@kindling/credit';
import { type Transaction, type Viewer, Writes } from '@kindling/api/core';
import { PeopleService } from '@kindling/api/people';
import {
  type SplitMember,
  type SplitShare,
  checkInvitationLowersNobody,
  checkSplit,
  defaultInvitationSplit,
  sameSplit,
  sharesOf,
  weightsOf,
} from './author-split';
import type { InviteCoAuthorCommand, LeaveIdeaCommand, ProposeAuthorSplitCommand } from './graph.commands';
import { AuthorshipErrors, GraphErrors, MergeErrors } from './graph.errors';
import { AuthorLeft, AuthorSplitChanged, AuthorSplitClosed, AuthorSplitConsented, AuthorSplitProposed, CoAuthorAccepted, CoAuthorDeclined, CoAuthorInvited } from './graph.events';
import { GraphRepository } from './graph.repository';

/**
 * Co-authorship with consent (CREDIT.md's a_v): an invitation carries the split between the authors that
 * accepting applies; a later change needs every author's consent; an author may leave, their share staying
 * theirs unless they give it to the authors who stay. Each write locks the idea's row, so two of them never
 * interleave on one idea; those that change a_v also hold the graph lock (credit and the ledger change with them).
 */
@Injectable()
export class AuthorshipService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: GraphRepository,
    private readonly people: PeopleService,
  ) {}

  async inviteCoAuthor(viewer: Viewer, command: InviteCoAuthorCommand): Promise<void> {
    await this.writes.run({}, async (tx) => {
      await this.lockAuthored(tx, viewer, command.ideaId);
      await this.people.requireActive(tx, command.personId, 'personId');
      const members = await this.repository.splitMembers(tx, command.ideaId);
      if (members.some((m) => m.personId === command.personId)) throw GraphErrors.alreadyAuthor();
      let split = defaultInvitationSplit(members, command.personId);
      if (command.split) {
        split = checkSplit(command.split, [...members.map((m) => m.personId), command.personId]);
        checkInvitationLowersNobody(split, members, viewer.id, command.personId);
      }
      if (!(await this.repository.invite(tx, command.ideaId, command.personId, viewer.id, split))) throw GraphErrors.alreadyAuthor();
      tx.publish(new CoAuthorInvited(viewer.id, { ideaId: command.ideaId, personId: command.personId }));
    });
  }

  /** The invitee accepts, consenting to the invitation's split: it becomes a_v, and credit is recomputed with it. */
  async acceptCoAuthorship(viewer: Viewer, ideaId: string): Promise<void> {
    await this.writes.run({ lockGraph: true }, async (tx) => {
      await this.lockIdea(tx, ideaId);
      const proposed = await this.repository.invitationSplit(tx, ideaId, viewer.id);
      if (!proposed) throw GraphErrors.noInvitation();
      const split = invitationSplitNow(proposed, await this.repository.splitMembers(tx, ideaId), viewer.id);
      await this.repository.answerInvitation(tx, ideaId, viewer.id, 'ACCEPTED');
      const authors = weightsOf(split);
      await this.repository.setWeights(tx, ideaId, authors);
      tx.publish(new CoAuthorAccepted(viewer.id, { ideaId, personId: viewer.id, authors }));
      await this.outdatePending(tx, viewer, ideaId);
    });
  }

  async declineCoAuthorship(viewer: Viewer, ideaId: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      if (!(await this.repository.answerInvitation(tx, ideaId, viewer.id, 'DECLINED'))) throw GraphErrors.noInvitation();
      tx.publish(new CoAuthorDeclined(viewer.id, { ideaId, personId: viewer.id }));
    });
  }

  /** A new split, pending until every other author consents; at most one per idea. Returns the proposal's id. */
  async proposeAuthorSplit(viewer: Viewer, command: ProposeAuthorSplitCommand): Promise<string> {
    return this.writes.run({}, async (tx) => {
      await this.lockAuthored(tx, viewer, command.ideaId);
      const members = await this.repository.splitMembers(tx, command.ideaId);
      if (members.filter((m) => !m.left).length < 2) throw AuthorshipErrors.singleAuthor();
      if (await this.repository.lockPendingProposal(tx, command.ideaId)) throw AuthorshipErrors.pending();
      const split = checkSplit(command.split, members.map((m) => m.personId));
      const current = sharesOf(members);
      if (sameSplit(split, current)) throw AuthorshipErrors.unchanged();
      // who left cannot consent any more: their share may not shrink
      for (const m of members.filter((m) => m.left)) {
        const index = split.findIndex((s) => s.personId === m.personId);
        if (split[index].ppm < current.find((s) => s.personId === m.personId)!.ppm) throw AuthorshipErrors.lowersOther(`split[${index}]`);
      }
      const proposalId = await this.repository.insertProposal(tx, command.ideaId, viewer.id, split);
      tx.publish(new AuthorSplitProposed(viewer.id, { ideaId: command.ideaId, proposalId, split, current }));
      return proposalId;
    });
  }

  /**
   * An author answers the pending proposal: consent (the last consent applies it, ledgered) or refusal (from its
   * proposer: withdrawal), which closes it with the split unchanged.
   */
  async respondToAuthorSplit(viewer: Viewer, ideaId: string, accept: boolean): Promise<void> {
    await this.writes.run({ lockGraph: true }, async (tx) => {
      await this.lockAuthored(tx, viewer, ideaId, { merged: false });
      const proposal = await this.repository.lockPendingProposal(tx, ideaId);
      if (!proposal) throw AuthorshipErrors.noProposal();
      if (!accept) {
        const outcome = proposal.proposedBy === viewer.id ? 'WITHDRAWN' : 'REFUSED';
        await this.repository.closeProposal(tx, proposal.id, outcome, viewer.id);
        tx.publish(new AuthorSplitClosed(viewer.id, { ideaId, proposalId: proposal.id, outcome }));
        return;
      }
      if (proposal.consentedBy.includes(viewer.id)) throw AuthorshipErrors.alreadyAnswered();
      const members = await this.repository.splitMembers(tx, ideaId);
      const consented = [...proposal.consentedBy, viewer.id];
      const waiting = members.filter((m) => !m.left && !consented.includes(m.personId));
      await this.repository.addConsent(tx, proposal.id, viewer.id);
      if (waiting.length > 0) {
        tx.publish(new AuthorSplitConsented(viewer.id, { ideaId, proposalId: proposal.id, personId: viewer.id }));
        return;
      }
      const authors = weightsOf(proposal.split);
      await this.repository.setWeights(tx, ideaId, authors);
      await this.repository.closeProposal(tx, proposal.id, 'APPLIED', viewer.id);
      tx.publish(new AuthorSplitChanged(viewer.id, { ideaId, proposalId: proposal.id, authors }));
    });
  }

  /**
   * An accepted co-author leaves. Their share stays theirs (nobody's credit is reassigned without their consent)
   * unless they give it to the authors who stay, in proportion to those authors' shares.
   */
  async leaveIdea(viewer: Viewer, command: LeaveIdeaCommand): Promise<void> {
    await this.writes.run({ lockGraph: true }, async (tx) => {
      await this.lockIdea(tx, command.ideaId);
      const members = await this.repository.splitMembers(tx, command.ideaId);
      if (!members.some((m) => m.personId === viewer.id && !m.left)) throw GraphErrors.notAnAuthor();
      if (members.filter((m) => !m.left).length < 2) throw AuthorshipErrors.lastAuthor();
      const give = command.giveShareTo === 'REMAINING_AUTHORS';
      await this.repository.leave(tx, command.ideaId, viewer.id, give ? 'LEFT_GAVE_SHARE' : 'LEFT');
      const authors = members.filter((m) => !give || m.personId !== viewer.id).map((m) => ({ personId: m.personId, weight: m.weight }));
      tx.publish(new AuthorLeft(viewer.id, { ideaId: command.ideaId, personId: viewer.id, giveShareTo: give ? 'REMAINING_AUTHORS' : null, authors }));
      await this.outdatePending(tx, viewer, command.ideaId);
    });
  }

  /** The authors changed: a pending proposal no longer fits them and is closed. */
  private async outdatePending(tx: Transaction, viewer: Viewer, ideaId: string): Promise<void> {
    const pending = await this.repository.lockPendingProposal(tx, ideaId);
    if (!pending) return;
    await this.repository.closeProposal(tx, pending.id, 'OUTDATED', viewer.id);
    tx.publish(new AuthorSplitClosed(viewer.id, { ideaId, proposalId: pending.id, outcome: 'OUTDATED' }));
  }

  private async lockIdea(tx: Transaction, ideaId: string, options = { merged: true }): Promise<void> {
    if (!(await this.repository.lockIdea(tx, ideaId))) throw GraphErrors.ideaNotFound(ideaId);
    if (!options.merged) return;
    const into = (await this.repository.mergedInto(tx, [ideaId])).get(ideaId);
    if (into) throw MergeErrors.ideaMerged(ideaId, into);
  }

  private async lockAuthored(tx: Transaction, viewer: Viewer, ideaId: string, options = { merged: true }): Promise<void> {
    await this.lockIdea(tx, ideaId, options);
    if (!(await this.repository.isAuthor(tx, ideaId, viewer.id))) throw GraphErrors.notAnAuthor();
  }
}

/**
 * The split an open invitation applies if accepted now: as proposed while it still names exactly the idea's
 * authors and the invitee; after the authors changed (another invitee accepted, someone left or a new split was
 * agreed), the invitee keeps the share proposed to them and the others share the rest in their current
 * proportions, which lowers nobody more than making room for the invitee does. The same function shows the
 * invitee the split before they accept (`CoAuthorInvitation.split`).
 */
export function invitationSplitNow(proposed: readonly SplitShare[], members: readonly SplitMember[], inviteeId: string): SplitShare[] {
  const people = [...members.map((m) => m.personId), inviteeId];
  const fits = proposed.length === people.length && people.every((id) => proposed.some((s) => s.personId === id));
  if (fits) return [...proposed];
  const theirs = proposed.find((s) => s.personId === inviteeId)?.ppm;
  if (theirs === undefined) return defaultInvitationSplit(members, inviteeId);
  const total = members.reduce((sum, m) => sum + m.weight, 0);
  const rest = (PARTS_PER_MILLION - theirs) / PARTS_PER_MILLION;
  return sharesOf([...members.map((m) => ({ personId: m.personId, weight: (m.weight / total) * rest })), { personId: inviteeId, weight: theirs / PARTS_PER_MILLION }]);
}
