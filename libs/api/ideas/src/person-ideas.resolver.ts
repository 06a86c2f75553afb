import type { GraphQLResolveInfo } from 'graphql';
import { Args, Context, Info, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, type RequestContext, selectsField } from '@kindling/api/core';
import { IdeaConnection } from '@kindling/api/graph';
import { Person } from '@kindling/api/people';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasService } from './ideas.service';

/** Person.ideas / buildOns: a person's ideas, newest first; Person.ideaCount for the directory. */
@Resolver(() => Person)
export class PersonIdeasResolver {
  constructor(
    private readonly ideas: IdeasService,
    private readonly loaders: IdeasLoaders,
  ) {}

  @ResolveField(() => Int, { description: 'How many ideas this person (co-)authors that are listed (neither hidden nor withdrawn).' })
  ideaCount(@Parent() person: Person, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).ideaCount.load(person.localId);
  }

  @ResolveField('ideas', () => IdeaConnection, { description: 'Ideas this person (co-)authored, newest first.' })
  ideasOf(@Parent() person: Person, @Args() args: ConnectionArgs, @Info() info: GraphQLResolveInfo) {
    return this.ideas.list({ filter: { authorId: person.localId, withWithdrawn: true }, order: 'NEWEST', page: args, withTotal: selectsField(info, 'totalCount') });
  }

  @ResolveField(() => IdeaConnection, { description: 'The ideas this person (co-)authored that build on others, newest first.' })
  buildOns(@Parent() person: Person, @Args() args: ConnectionArgs, @Info() info: GraphQLResolveInfo) {
    return this.ideas.list({ filter: { authorId: person.localId, buildOnsOnly: true, withWithdrawn: true }, order: 'NEWEST', page: args, withTotal: selectsField(info, 'totalCount') });
  }
}
