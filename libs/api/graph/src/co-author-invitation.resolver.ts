import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { CoAuthorInvitation } from './models/idea.model';

@Resolver(() => CoAuthorInvitation)
export class CoAuthorInvitationResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() invitation: CoAuthorInvitation, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(invitation.personLocalId);
  }

  @ResolveField(() => Person, { nullable: true })
  invitedBy(@Parent() invitation: CoAuthorInvitation, @Context() ctx: RequestContext) {
    return invitation.invitedByLocalId ? this.people.for(ctx).person.load(invitation.invitedByLocalId) : null;
  }
}
