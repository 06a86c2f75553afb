import { Args, Context, Field, ArgsType, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, type RequestContext, type Role, RequestErrors, localId } from '@kindling/api/core';
import { Department, Person, PersonConnection, PersonRole } from './models/person.model';
import { PeopleLoaders } from './people.loaders';
import { PeopleService } from './people.service';

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address.' }) search?: string;
  @Field(() => ID, { nullable: true }) departmentId?: string;
}

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly loaders: PeopleLoaders,
  ) {}

  @Query(() => PersonConnection, { name: 'people', description: 'Active people, alphabetically.' })
  list(@Args() args: PeopleArgs) {
    return this.people.list({ page: args, search: args.search ?? null, departmentId: args.departmentId ? localId('Department', args.departmentId, 'departmentId') : null });
  }

  @Query(() => [Department], { description: 'All departments, alphabetically.' })
  departments() {
    return this.people.departments();
  }

  // Personal data: checked here, not only by the access gate, so no nested path shows it to a signed-out client.
  @ResolveField('email', () => String, { description: 'Their work e-mail address; only for signed-in colleagues.' })
  email(@Parent() person: Person, @Context() ctx: RequestContext): string {
    if (!ctx.viewer) throw RequestErrors.signInRequired();
    return person.email;
  }

  @ResolveField('role', () => PersonRole, { description: 'What they may do beyond posting and building on ideas; only for signed-in colleagues.' })
  role(@Parent() person: Person, @Context() ctx: RequestContext): Role {
    if (!ctx.viewer) throw RequestErrors.signInRequired();
    return person.role;
  }

  @ResolveField(() => Department)
  department(@Parent() person: Person, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).department.load(person.departmentId);
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField('people', () => PersonConnection)
  members(@Parent() department: Department, @Args() args: PeopleArgs) {
    return this.people.list({ page: args, search: args.search ?? null, departmentId: department.localId });
  }
}
