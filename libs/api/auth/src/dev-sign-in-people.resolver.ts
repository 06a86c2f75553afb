import { Args, ArgsType, Context, Field, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType, type RequestContext } from '@kindling/api/core';
import { PeopleLoaders, PeopleService } from '@kindling/api/people';
import { AuthErrors } from './auth.errors';
import { AuthService } from './auth.service';

/*
 * The dev sign-in's person picker: the one read a signed-out client may make (see the access gate). It shows
 * only what choosing a person needs — a name and a department — and searches names only, so nothing else
 * about people (e-mail, role, title) can be read or probed without signing in.
 */

@ObjectType({ description: 'A person as the dev sign-in picker shows them: only a name and a department.' })
export class DevSignInPerson {
  departmentId!: string;
  @Field(() => ID, { description: 'The person’s id, for `devSignIn(input: { personId })`.' }) id!: string;
  @Field() name!: string;
}

@ObjectType()
export class DevSignInPersonConnection extends ConnectionType(DevSignInPerson, 'DevSignInPerson') {}

@ArgsType()
export class DevSignInPeopleArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name.' }) search?: string;
}

@Resolver(() => DevSignInPerson)
export class DevSignInPeopleResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
    private readonly loaders: PeopleLoaders,
  ) {}

  @Query(() => DevSignInPersonConnection, { description: 'People to act as, by name (dev sign-in only; FORBIDDEN when it is off).' })
  async devSignInPeople(@Args() args: DevSignInPeopleArgs) {
    if (!this.auth.options.devSignIn) throw AuthErrors.devSignInDisabled();
    const page = await this.people.list({ page: args, search: args.search ?? null, departmentId: null, namesOnly: true });
    const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: Object.assign(new DevSignInPerson(), { id: node.id, name: node.name, departmentId: node.departmentId }) }));
    return { ...page, edges };
  }

  @ResolveField(() => String, { description: 'The name of their department.' })
  async departmentName(@Parent() person: DevSignInPerson, @Context() ctx: RequestContext) {
    return (await this.loaders.for(ctx).department.load(person.departmentId))?.name ?? '';
  }
}
