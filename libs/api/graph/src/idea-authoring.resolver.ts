import { Context, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { GraphLoaders } from './graph.loaders';
import { IdeaRevision, IdeaWithdrawal } from './models/authoring.model';
import { Idea } from './models/idea.model';

/** The Idea fields of authoring: its revisions and its withdrawal. */
@Resolver(() => Idea)
export class IdeaAuthoringResolver {
  constructor(private readonly loaders: GraphLoaders) {}

  @ResolveField(() => [IdeaRevision], { description: 'Every version of its text, oldest first: revision 1 as posted, the last as it is now.' })
  async revisions(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    const stored = await this.loaders.for(ctx).revisions.load(idea.localId);
    if (stored.length > 0) return stored;
    // never edited: the idea row is its only revision
    return [Object.assign(new IdeaRevision(), { number: 1, title: idea.title, body: idea.body, tags: idea.tags, editedByLocalId: idea.postedById, editedAt: idea.createdAt })];
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'When its text was last edited; null if never.' })
  async editedAt(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return (await this.loaders.for(ctx).revisions.load(idea.localId)).at(-1)?.editedAt ?? null;
  }

  @ResolveField(() => IdeaWithdrawal, { nullable: true, description: 'Set when its authors withdrew it; null otherwise.' })
  withdrawal(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).withdrawal.load(idea.localId);
  }
}

@Resolver(() => IdeaRevision)
export class IdeaRevisionResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'Who saved this version (for revision 1: who posted the idea).' })
  editedBy(@Parent() revision: IdeaRevision, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(revision.editedByLocalId);
  }
}

@Resolver(() => IdeaWithdrawal)
export class IdeaWithdrawalResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The author who withdrew it.' })
  by(@Parent() withdrawal: IdeaWithdrawal, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(withdrawal.byLocalId);
  }
}
