import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, type RequestContext, connectionFromArray } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { GraphLoaders } from './graph.loaders';
import { BuildOnTie, BuildOnTieConnection } from './models/build-on-tie.model';

/** Person.peopleBuiltOn / builtOnBy: colleagues on the other end of a person's build-on edges. */
@Resolver(() => Person)
export class PersonTiesResolver {
  constructor(private readonly loaders: GraphLoaders) {}

  @ResolveField(() => BuildOnTieConnection, { description: 'Colleagues whose ideas this person built on, most build-ons first.' })
  async peopleBuiltOn(@Parent() person: Person, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return connectionFromArray(await this.loaders.for(ctx).peopleBuiltOn.load(person.localId), args, (t) => [t.personLocalId]);
  }

  @ResolveField(() => BuildOnTieConnection, { description: 'Colleagues who built on this person’s ideas, most build-ons first.' })
  async builtOnBy(@Parent() person: Person, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return connectionFromArray(await this.loaders.for(ctx).builtOnBy.load(person.localId), args, (t) => [t.personLocalId]);
  }
}

@Resolver(() => BuildOnTie)
export class BuildOnTieResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() tie: BuildOnTie, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(tie.personLocalId);
  }
}
