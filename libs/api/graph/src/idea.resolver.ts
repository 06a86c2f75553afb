import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, type RequestContext, connectionFromArray } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { GraphLoaders } from './graph.loaders';
import { CoAuthorInvitation, Idea, IdeaLink, IdeaLinkConnection } from './models/idea.model';

/** The Idea fields the graph owns: authors, invitations and the links to parents and children. */
@Resolver(() => Idea)
export class IdeaResolver {
  constructor(
    private readonly loaders: GraphLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  @ResolveField(() => [Person], { description: 'Accepted authors: the poster first, then co-authors.' })
  authors(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).authors.load(idea.localId);
  }

  @ResolveField(() => Person, { description: 'Who posted it.' })
  postedBy(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(idea.postedById);
  }

  @ResolveField(() => [CoAuthorInvitation], {
    description: 'Invitations to co-author that are not answered yet: all of them for its authors, only their own for an invitee, none for anyone else.',
  })
  async coAuthorInvitations(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    if (!ctx.viewer) return [];
    const viewerId = ctx.viewer.id;
    const loaders = this.loaders.for(ctx);
    const [invitations, authors] = await Promise.all([loaders.invitations.load(idea.localId), loaders.authors.load(idea.localId)]);
    // who was invited is the authors' business and the invitee's, not the whole company's (a filter, not an error: pages still load)
    if (authors.some((p) => p.localId === viewerId)) return invitations;
    return invitations.filter((i) => i.personLocalId === viewerId);
  }

  @ResolveField(() => [IdeaLink], { description: 'What this idea builds on (empty for an original idea).' })
  parents(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).parents.load(idea.localId);
  }

  @ResolveField(() => IdeaLinkConnection, { description: 'Ideas that build directly on this one, oldest first.' })
  async children(@Parent() idea: Idea, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    const links = await this.loaders.for(ctx).children.load(idea.localId);
    return connectionFromArray(links, args, (link) => [link.ideaLocalId]);
  }

  @ResolveField(() => Boolean, { description: 'Whether the acting person is one of its authors.' })
  async viewerIsAuthor(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    if (!ctx.viewer) return false;
    const viewerId = ctx.viewer.id;
    return (await this.loaders.for(ctx).authors.load(idea.localId)).some((p) => p.localId === viewerId);
  }
}
