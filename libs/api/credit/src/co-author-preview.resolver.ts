import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { compareIds } from '@kindling/credit';
import { CurrentViewer, type RequestContext, type Viewer, localId } from '@kindling/api/core';
import {
  AuthorShare,
  AuthorShareInput,
  AuthorshipErrors,
  GraphErrors,
  GraphLoaders,
  checkSplit,
  invitationSplitNow,
  sharesOf,
  splitOf,
  weightsOf,
} from '@kindling/api/graph';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { CreditService } from './credit.service';
import { CoAuthorPreview, CoAuthorPreviewShare } from './models/co-author-preview.model';

@Resolver()
export class CoAuthorPreviewResolver {
  constructor(
    private readonly credit: CreditService,
    private readonly graph: GraphLoaders,
  ) {}

  @Query(() => CoAuthorPreview, {
    nullable: true,
    description:
      'What a split between an idea’s authors would make of everyone’s share of its credit, before anyone sends or accepts it. With `personId`: the split after that person accepts an invitation (omitted `split`: their open invitation’s split, or the default one). Without: a new split of the current authors (`proposeAuthorSplit`). Refused like the mutations when the split does not fit; null for an idea that does not exist.',
  })
  async coAuthorPreview(
    @Args('ideaId', { type: () => ID }) ideaGlobalId: string,
    @Args('personId', { type: () => ID, nullable: true }) personGlobalId: string | null,
    @Args('split', { type: () => [AuthorShareInput], nullable: true }) splitInput: AuthorShareInput[] | null,
    @CurrentViewer() _viewer: Viewer,
    @Context() ctx: RequestContext,
  ): Promise<CoAuthorPreview | null> {
    const ideaId = localId('Idea', ideaGlobalId, 'ideaId');
    const personId = personGlobalId ? localId('Person', personGlobalId, 'personId') : null;
    const loaders = this.graph.for(ctx);
    if (!(await loaders.idea.load(ideaId))) return null;
    const members = await loaders.splitMembers.load(ideaId);
    if (personId && members.some((m) => m.personId === personId)) throw GraphErrors.alreadyAuthor();
    const people = [...members.map((m) => m.personId), ...(personId ? [personId] : [])];
    const invitation = personId ? (await loaders.invitations.load(ideaId)).find((i) => i.personLocalId === personId) : undefined;
    const split = splitInput
      ? checkSplit(splitOf(splitInput), people)
      : personId
        ? invitationSplitNow(invitation?.proposedSplit ?? [], members, personId)
        : sharesOf(members);
    if (people.length < 2 && !personId) throw AuthorshipErrors.singleAuthor();
    const { before, after } = await this.credit.previewAuthorSplit(ideaId, weightsOf(split));
    const left = new Set(members.filter((m) => m.left).map((m) => m.personId));
    const everyone = [...new Set([...after.keys(), ...before.keys()])];
    const shares = everyone
      .map((id) => Object.assign(new CoAuthorPreviewShare(), { personLocalId: id, ppm: after.get(id) ?? 0, currentPpm: before.get(id) ?? 0 }))
      .sort((a, b) => b.ppm - a.ppm || compareIds(a.personLocalId, b.personLocalId));
    return { split: split.map((s) => Object.assign(new AuthorShare(), { personLocalId: s.personId, ppm: s.ppm, left: left.has(s.personId) })), shares };
  }
}

@Resolver(() => CoAuthorPreviewShare)
export class CoAuthorPreviewShareResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() share: CoAuthorPreviewShare, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(share.personLocalId);
  }
}
