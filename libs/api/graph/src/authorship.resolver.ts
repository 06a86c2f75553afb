import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer, localId } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { invitationSplitNow, AuthorshipService } from './authorship.service';
import { type AuthorShareInput, IdeaRefInput, InviteCoAuthorInput, LeaveIdeaInput, ProposeAuthorSplitInput, RespondToAuthorSplitInput } from './dto/graph.inputs';
import { GraphLoaders } from './graph.loaders';
import { AuthorShare, AuthorSplitPayload, AuthorSplitProposal, LeaveIdeaPayload } from './models/author-split.model';
import { CoAuthorInvitation, Idea } from './models/idea.model';
import { CoAuthorshipPayload, InviteCoAuthorPayload } from './models/payloads.model';

/** Decodes a split's global person ids (`split[i].personId` in a refusal). */
export function splitOf(split: readonly AuthorShareInput[]) {
  return split.map((s, i) => ({ personId: localId('Person', s.personId, `split[${i}].personId`), ppm: s.ppm }));
}

/** Co-authorship's mutations: invitations with a split, answering them, changing the split with consent, leaving. */
@Resolver()
export class AuthorshipResolver {
  constructor(
    private readonly authorship: AuthorshipService,
    private readonly loaders: GraphLoaders,
  ) {}

  private async payload(ctx: RequestContext, ideaId: string) {
    return { idea: await this.loaders.for(ctx).idea.load(ideaId) };
  }

  @Mutation(() => InviteCoAuthorPayload, {
    description:
      'Invite a colleague to co-author an idea you author, with the split between the authors that their acceptance applies (see `coAuthorPreview` for what it does to everyone’s credit). They become an author when they accept.',
  })
  async inviteCoAuthor(@Args('input') input: InviteCoAuthorInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.authorship.inviteCoAuthor(viewer, { ideaId, personId: localId('Person', input.personId, 'personId'), split: input.split ? splitOf(input.split) : null });
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => CoAuthorshipPayload, {
    description: 'Accept an invitation to co-author, consenting to its split (`CoAuthorInvitation.split`): credit is recomputed for the idea and everything built on it.',
  })
  async acceptCoAuthorship(@Args('input') input: IdeaRefInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.authorship.acceptCoAuthorship(viewer, ideaId);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => CoAuthorshipPayload, { description: 'Decline an invitation to co-author: nothing else changes.' })
  async declineCoAuthorship(@Args('input') input: IdeaRefInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.authorship.declineCoAuthorship(viewer, ideaId);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => AuthorSplitPayload, {
    description: 'Propose a new split between the authors of an idea you author. It applies once every other author consented (`respondToAuthorSplit`); one pending proposal per idea.',
  })
  async proposeAuthorSplit(@Args('input') input: ProposeAuthorSplitInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.authorship.proposeAuthorSplit(viewer, { ideaId, split: splitOf(input.split) });
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => AuthorSplitPayload, {
    description: 'Consent to or refuse the pending split of an idea you author; refused (or withdrawn by its proposer), the split stays as it is. The last consent applies it.',
  })
  async respondToAuthorSplit(@Args('input') input: RespondToAuthorSplitInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.authorship.respondToAuthorSplit(viewer, ideaId, input.accept);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => LeaveIdeaPayload, {
    description:
      'Stop being an author of an idea (not as its only author). Your share of it stays yours unless you give it to the authors who stay (`giveShareTo: REMAINING_AUTHORS`).',
  })
  async leaveIdea(@Args('input') input: LeaveIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.authorship.leaveIdea(viewer, { ideaId, giveShareTo: input.giveShareTo ?? null });
    return this.payload(ctx, ideaId);
  }
}

/** The Idea fields of the split. */
@Resolver(() => Idea)
export class IdeaAuthorSplitResolver {
  constructor(private readonly loaders: GraphLoaders) {}

  @ResolveField(() => [AuthorShare], {
    description: 'The split between its authors (a_v in CREDIT.md), in ppm adding up to exactly 1,000,000: accepted authors, and anyone who left keeping their share.',
  })
  authorSplit(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).authorSplit.load(idea.localId);
  }

  @ResolveField(() => AuthorSplitProposal, { nullable: true, description: 'The pending proposal to change the split, for its authors; null for anyone else.' })
  async authorSplitProposal(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    if (!ctx.viewer) return null;
    const viewerId = ctx.viewer.id;
    const loaders = this.loaders.for(ctx);
    const [row, members] = await Promise.all([loaders.pendingSplitProposal.load(idea.localId), loaders.splitMembers.load(idea.localId)]);
    if (!row || !members.some((m) => m.personId === viewerId && !m.left)) return null;
    const left = new Set(members.filter((m) => m.left).map((m) => m.personId));
    return Object.assign(new AuthorSplitProposal(), {
      id: row.id,
      ideaLocalId: row.ideaId,
      proposedByLocalId: row.proposedBy,
      consentedLocalIds: row.consentedBy,
      waitingLocalIds: members.filter((m) => !m.left && !row.consentedBy.includes(m.personId)).map((m) => m.personId),
      split: row.split.map((s) => Object.assign(new AuthorShare(), { personLocalId: s.personId, ppm: s.ppm, left: left.has(s.personId) })),
      proposedAt: row.createdAt,
    });
  }
}

@Resolver(() => AuthorSplitProposal)
export class AuthorSplitProposalResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  proposedBy(@Parent() proposal: AuthorSplitProposal, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(proposal.proposedByLocalId);
  }

  @ResolveField(() => [Person], { description: 'Authors who consented (the proposer included).' })
  consentedBy(@Parent() proposal: AuthorSplitProposal, @Context() ctx: RequestContext) {
    return people(this.people.for(ctx).person.loadMany(proposal.consentedLocalIds));
  }

  @ResolveField(() => [Person], { description: 'Authors whose consent it still waits for.' })
  waitingFor(@Parent() proposal: AuthorSplitProposal, @Context() ctx: RequestContext) {
    return people(this.people.for(ctx).person.loadMany(proposal.waitingLocalIds));
  }

  @ResolveField(() => Boolean, { description: 'Whether the acting author still has to answer it.' })
  viewerMustAnswer(@Parent() proposal: AuthorSplitProposal, @Context() ctx: RequestContext) {
    return !!ctx.viewer && proposal.waitingLocalIds.includes(ctx.viewer.id);
  }
}

@Resolver(() => AuthorShare)
export class AuthorShareResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() share: AuthorShare, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(share.personLocalId);
  }
}

/** What accepting an invitation would make the split: shown to the invitee (and the authors) before anyone answers. */
@Resolver(() => CoAuthorInvitation)
export class CoAuthorInvitationSplitResolver {
  constructor(private readonly loaders: GraphLoaders) {}

  @ResolveField(() => [AuthorShare], { description: 'The split between the authors that accepting applies (ppm, adding up to 1,000,000), the invitee included.' })
  async split(@Parent() invitation: CoAuthorInvitation, @Context() ctx: RequestContext) {
    const members = await this.loaders.for(ctx).splitMembers.load(invitation.ideaLocalId);
    const left = new Set(members.filter((m) => m.left).map((m) => m.personId));
    return invitationSplitNow(invitation.proposedSplit, members, invitation.personLocalId).map((s) =>
      Object.assign(new AuthorShare(), { personLocalId: s.personId, ppm: s.ppm, left: left.has(s.personId) }),
    );
  }
}

async function people(loaded: Promise<Array<Person | null | Error>>): Promise<Person[]> {
  return (await loaded).filter((p): p is Person => p instanceof Person);
}
