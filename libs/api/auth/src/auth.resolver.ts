import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer, localId } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { AuthService } from './auth.service';
import { AuthSettings, CreateApiTokenInput, CreateApiTokenPayload, DevSignInInput, SignInPayload, SignOutPayload } from './models/auth.model';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleLoaders,
  ) {}

  @Query(() => Person, { nullable: true, description: 'The acting person; null when signed out.' })
  viewer(@Context() ctx: RequestContext) {
    return ctx.viewer ? this.people.for(ctx).person.load(ctx.viewer.id) : null;
  }

  @Query(() => AuthSettings)
  authSettings(): AuthSettings {
    return { devSignIn: this.auth.options.devSignIn };
  }

  @Mutation(() => SignInPayload, { description: 'Act as a person of the organisation (demo/dev servers only); sets a session cookie.' })
  async devSignIn(@Args('input') input: DevSignInInput, @Context() ctx: RequestContext) {
    const viewer = await this.auth.devSignIn(ctx.res, localId('Person', input.personId, 'personId'));
    ctx.viewer = viewer;
    return { viewer: await this.people.for(ctx).person.load(viewer.id) };
  }

  @Mutation(() => SignOutPayload)
  signOut(@Context() ctx: RequestContext): SignOutPayload {
    this.auth.signOut(ctx.res);
    return { signedOut: true };
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'A bearer token that acts as you, for scripts and intranet integrations.' })
  async createApiToken(@Args('input') input: CreateApiTokenInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const token = await this.auth.createApiToken(viewer, input.name);
    return { token, viewer: await this.people.for(ctx).person.load(viewer.id) };
  }
}
