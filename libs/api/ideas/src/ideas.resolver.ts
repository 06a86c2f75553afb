import type { GraphQLResolveInfo } from 'graphql';
import { Args, Context, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, type RequestContext, connectionFromArray, localId, requireViewer, selectsField } from '@kindling/api/core';
import { Person, PeopleService } from '@kindling/api/people';
import {
  BuildOnInput,
  CommentInput,
  IdeaRefInput,
  IdeasArgs,
  InviteCoAuthorInput,
  LinkParentInput,
  PostIdeaInput,
} from './dto/idea.inputs';
import { IdeasService } from './ideas.service';
import { CoAuthorInvitation, Comment, Endorsement, EndorsementConnection, Idea, IdeaConnection, IdeaLink, SimilarIdea, TagCount } from './models/idea.model';
import {
  BuildOnPayload,
  CoAuthorshipPayload,
  CommentPayload,
  EndorsePayload,
  InviteCoAuthorPayload,
  LinkParentPayload,
  PostIdeaPayload,
} from './models/payloads.model';
import { IdeaErrors } from './ideas.errors';
import { IdeaLinkConnection } from './models/idea-link-connection.model';
import { BuildOnTie, BuildOnTieConnection } from './models/build-on-tie.model';
import { LeaderboardArgs, LeaderboardEntry, PERIOD_DAYS } from './models/leaderboard.model';

@Resolver(() => Idea)
export class IdeasResolver {
  constructor(
    private readonly ideas: IdeasService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => IdeaConnection, { name: 'ideas', description: 'Ideas, filtered and ordered; `totalCount` counts all matches.' })
  async ideasList(@Args() args: IdeasArgs, @Info() info: GraphQLResolveInfo) {
    const filter = args.filter ?? {};
    const local = {
      authorLocalId: filter.authorId ? localId('Person', filter.authorId, 'filter.authorId') : undefined,
      departmentLocalId: filter.departmentId ? localId('Department', filter.departmentId, 'filter.departmentId') : undefined,
    };
    return this.ideas.list(this.ideas.withLocalFilter(args, local), selectsField(info, 'totalCount'));
  }

  @Query(() => [SimilarIdea], { description: 'Existing ideas like a draft (title and body as typed): build on one instead of posting a duplicate.' })
  similarIdeas(
    @Args('title') title: string,
    @Args('body', { nullable: true, defaultValue: '' }) body: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ) {
    if (first < 1 || first > 20) throw IdeaErrors.invalid('first', 'ask for 1 to 20 suggestions.');
    return this.ideas.similar(title.slice(0, 200), body.slice(0, 2000), first);
  }

  @Query(() => [LeaderboardEntry], { description: 'The leadership board: top ideas ranked, with filters; expand each idea’s `credit` for its trail.' })
  async leaderboard(@Args() args: LeaderboardArgs) {
    if (args.first < 1 || args.first > 100) throw IdeaErrors.invalid('first', 'ask for 1 to 100 places.');
    const entries = await this.ideas.leaderboard({
      rankBy: args.rankBy,
      periodDays: PERIOD_DAYS[args.period],
      departmentLocalId: args.departmentId ? localId('Department', args.departmentId, 'departmentId') : undefined,
      status: args.status,
      limit: args.first,
    });
    return entries.map((entry, index) => ({ rank: index + 1, ...entry }));
  }

  @ResolveField(() => [Person], { description: 'Accepted authors: the poster first, then co-authors.' })
  authors(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.ideas.loaders(ctx).authors.load(idea.localId);
  }

  @ResolveField(() => Person, { description: 'Who posted it.' })
  postedBy(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.people.loaders(ctx).person.load(idea.postedById);
  }

  @ResolveField(() => [CoAuthorInvitation], { description: 'Invitations to co-author that are not answered yet.' })
  coAuthorInvitations(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.ideas.loaders(ctx).invitations.load(idea.localId);
  }

  @ResolveField(() => [IdeaLink], { description: 'What this idea builds on (empty for an original idea).' })
  parents(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.ideas.loaders(ctx).parents.load(idea.localId);
  }

  @ResolveField(() => IdeaLinkConnection, { description: 'Ideas that build directly on this one, oldest first.' })
  async children(@Parent() idea: Idea, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    const links = await this.ideas.loaders(ctx).children.load(idea.localId);
    return connectionFromArray(links, args, (link) => [link.ideaLocalId]);
  }

  @ResolveField(() => EndorsementConnection, { description: 'Who endorsed it, most recent first.' })
  async endorsements(@Parent() idea: Idea, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    const all = await this.ideas.loaders(ctx).endorsements.load(idea.localId);
    return connectionFromArray(all, args, (e) => [e.personLocalId]);
  }

  @ResolveField(() => Boolean, { description: 'Whether the acting person endorses it.' })
  viewerHasEndorsed(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.ideas.loaders(ctx).viewerEndorsed.load(idea.localId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the acting person is one of its authors.' })
  async viewerIsAuthor(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    if (!ctx.viewer) return false;
    const viewerId = ctx.viewer.id;
    return (await this.ideas.loaders(ctx).authors.load(idea.localId)).some((p) => p.localId === viewerId);
  }

  @ResolveField(() => [Comment], { description: 'Top-level comments, oldest first; replies hang below each.' })
  async comments(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return (await this.ideas.loaders(ctx).comments.load(idea.localId)).filter((c) => !c.replyToLocalId);
  }

  @ResolveField(() => [Comment], { description: 'Every comment, oldest first, flat: `replyTo` gives the thread at any depth.' })
  commentThread(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.ideas.loaders(ctx).comments.load(idea.localId);
  }

  @Query(() => [TagCount], { description: 'Tags in use, most used first; `search` narrows to tags containing it.' })
  tags(
    @Args('search', { nullable: true }) search: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ) {
    if (first < 1 || first > 200) throw IdeaErrors.invalid('first', 'ask for 1 to 200 tags.');
    return this.ideas.tags(search ?? '', first);
  }

  @ResolveField(() => Int)
  async commentCount(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return (await this.ideas.loaders(ctx).comments.load(idea.localId)).length;
  }

  // ------------------------------------------------------------ mutations

  /** What every idea mutation returns: the idea as it is now. */
  private async payload(ctx: RequestContext, ideaLocalId: string) {
    return { idea: await this.ideas.loaders(ctx).idea.load(ideaLocalId) };
  }

  @Mutation(() => PostIdeaPayload, { description: 'Post an original idea, as the acting person.' })
  async postIdea(@Args('input') input: PostIdeaInput, @Context() ctx: RequestContext) {
    const id = await this.ideas.postIdea(requireViewer(ctx), input);
    return this.payload(ctx, id);
  }

  @Mutation(() => BuildOnPayload, { description: 'Post an idea that builds on one or several existing ideas.' })
  async buildOn(@Args('input') input: BuildOnInput, @Context() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const parents = input.parentIds.map((id, i) => localId('Idea', id, `parentIds[${i}]`));
    const id = await this.ideas.buildOn(viewer, input, parents);
    return this.payload(ctx, id);
  }

  @Mutation(() => LinkParentPayload, { description: 'Record that an idea you author also builds on another existing idea. Refused with CONFLICT if it would close a cycle.' })
  async linkParent(@Args('input') input: LinkParentInput, @Context() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.ideas.linkParent(viewer, ideaId, localId('Idea', input.parentId, 'parentId'), input.relation);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => InviteCoAuthorPayload, { description: 'Invite a colleague to co-author an idea you author; they become an author when they accept.' })
  async inviteCoAuthor(@Args('input') input: InviteCoAuthorInput, @Context() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.ideas.inviteCoAuthor(viewer, ideaId, localId('Person', input.personId, 'personId'));
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => CoAuthorshipPayload, { description: 'Accept an invitation to co-author: credit is recomputed for the idea and everything built on it.' })
  async acceptCoAuthorship(@Args('input') input: IdeaRefInput, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.ideas.acceptCoAuthorship(requireViewer(ctx), ideaId);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => CoAuthorshipPayload)
  async declineCoAuthorship(@Args('input') input: IdeaRefInput, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.ideas.declineCoAuthorship(requireViewer(ctx), ideaId);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => EndorsePayload, { description: 'Endorse an idea (once; not your own).' })
  async endorse(@Args('input') input: IdeaRefInput, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.ideas.endorse(requireViewer(ctx), ideaId);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => EndorsePayload)
  async unendorse(@Args('input') input: IdeaRefInput, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.ideas.unendorse(requireViewer(ctx), ideaId);
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => CommentPayload, { description: 'Comment on an idea, or reply to a comment.' })
  async comment(@Args('input') input: CommentInput, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    const replyTo = input.replyToId ? localId('Comment', input.replyToId, 'replyToId') : null;
    const commentId = await this.ideas.comment(requireViewer(ctx), ideaId, input.body, replyTo);
    const loaders = this.ideas.loaders(ctx);
    const [idea, comment] = await Promise.all([loaders.idea.load(ideaId), loaders.comment.load(commentId)]);
    if (!comment) throw IdeaErrors.commentNotFound(commentId);
    return { idea, comment };
  }
}

@Resolver(() => IdeaLink)
export class IdeaLinkResolver {
  constructor(private readonly ideas: IdeasService) {}

  @ResolveField(() => Idea)
  idea(@Parent() link: IdeaLink, @Context() ctx: RequestContext) {
    return this.ideas.loaders(ctx).idea.load(link.ideaLocalId);
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly ideas: IdeasService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField(() => Person)
  author(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    return this.people.loaders(ctx).person.load(comment.authorLocalId);
  }

  @ResolveField(() => Idea)
  idea(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    return this.ideas.loaders(ctx).idea.load(comment.ideaLocalId);
  }

  @ResolveField(() => [Comment], { description: 'Direct replies, oldest first.' })
  async replies(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    const all = await this.ideas.loaders(ctx).comments.load(comment.ideaLocalId);
    return all.filter((c) => c.replyToLocalId === comment.localId);
  }

  @ResolveField(() => Comment, { nullable: true })
  replyTo(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    return comment.replyToLocalId ? this.ideas.loaders(ctx).comment.load(comment.replyToLocalId) : null;
  }
}

@Resolver(() => Endorsement)
export class EndorsementResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  person(@Parent() e: Endorsement, @Context() ctx: RequestContext) {
    return this.people.loaders(ctx).person.load(e.personLocalId);
  }
}

@Resolver(() => CoAuthorInvitation)
export class CoAuthorInvitationResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  person(@Parent() inv: CoAuthorInvitation, @Context() ctx: RequestContext) {
    return this.people.loaders(ctx).person.load(inv.personLocalId);
  }

  @ResolveField(() => Person, { nullable: true })
  invitedBy(@Parent() inv: CoAuthorInvitation, @Context() ctx: RequestContext) {
    return inv.invitedByLocalId ? this.people.loaders(ctx).person.load(inv.invitedByLocalId) : null;
  }
}

@Resolver(() => Person)
export class PersonIdeasResolver {
  constructor(private readonly ideas: IdeasService) {}

  @ResolveField('ideas', () => IdeaConnection, { description: 'Ideas this person (co-)authored, newest first.' })
  ideas_(@Parent() person: Person, @Args() args: ConnectionArgs, @Info() info: GraphQLResolveInfo) {
    return this.ideas.listByAuthor(person.localId, args, false, selectsField(info, 'totalCount'));
  }

  @ResolveField(() => IdeaConnection, { description: 'The ideas this person (co-)authored that build on others, newest first.' })
  buildOns(@Parent() person: Person, @Args() args: ConnectionArgs, @Info() info: GraphQLResolveInfo) {
    return this.ideas.listByAuthor(person.localId, args, true, selectsField(info, 'totalCount'));
  }

  @ResolveField(() => BuildOnTieConnection, { description: 'Colleagues whose ideas this person built on, most build-ons first.' })
  async peopleBuiltOn(@Parent() person: Person, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return connectionFromArray(await this.ideas.loaders(ctx).peopleBuiltOn.load(person.localId), args, (t) => [t.personLocalId]);
  }

  @ResolveField(() => BuildOnTieConnection, { description: 'Colleagues who built on this person’s ideas, most build-ons first.' })
  async builtOnBy(@Parent() person: Person, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return connectionFromArray(await this.ideas.loaders(ctx).builtOnBy.load(person.localId), args, (t) => [t.personLocalId]);
  }
}

@Resolver(() => BuildOnTie)
export class BuildOnTieResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  person(@Parent() tie: BuildOnTie, @Context() ctx: RequestContext) {
    return this.people.loaders(ctx).person.load(tie.personLocalId);
  }
}
