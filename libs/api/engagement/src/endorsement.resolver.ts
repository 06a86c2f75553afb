import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { Endorsement } from './models/engagement.model';

@Resolver(() => Endorsement)
export class EndorsementResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() endorsement: Endorsement, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(endorsement.personLocalId);
  }
}
