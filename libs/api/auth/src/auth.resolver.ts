import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer, localId } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { AuthService } from './auth.service';
import {
  ApiToken,
  AuthSettings,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  DevSignInInput,
  RevokeApiTokenInput,
  RevokeApiTokenPayload,
  SignInPayload,
  SignOutEverywherePayload,
  SignOutPayload,
} from './models/auth.model';

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
    return { devSignIn: this.auth.options.devSignIn, devSignInExposed: this.auth.options.devSignInExposed };
  }

  @Query(() => [ApiToken], { description: "The acting person's API tokens, newest first, revoked and expired ones included." })
  async apiTokens(@CurrentViewer() viewer: Viewer): Promise<ApiToken[]> {
    return (await this.auth.apiTokens(viewer)).map(ApiToken.from);
  }

  @Mutation(() => SignInPayload, { description: 'Act as a person of the organisation (demo/dev servers only); starts a new session (cookie).' })
  async devSignIn(@Args('input') input: DevSignInInput, @Context() ctx: RequestContext) {
    const viewer = await this.auth.devSignIn(ctx.req, ctx.res, localId('Person', input.personId, 'personId'));
    ctx.viewer = viewer;
    return { viewer: await this.people.for(ctx).person.load(viewer.id) };
  }

  @Mutation(() => SignOutPayload, { description: "Ends this browser's session on the server and clears its cookie." })
  async signOut(@Context() ctx: RequestContext): Promise<SignOutPayload> {
    await this.auth.signOut(ctx.req, ctx.res);
    ctx.viewer = null;
    return { signedOut: true };
  }

  @Mutation(() => SignOutEverywherePayload, { description: 'Ends every session of the acting person, on every device (needs a session, not a token).' })
  async signOutEverywhere(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<SignOutEverywherePayload> {
    const sessionsEnded = await this.auth.signOutEverywhere(ctx.req, ctx.res, viewer);
    ctx.viewer = null;
    return { signedOut: true, sessionsEnded };
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'A bearer token that acts as you, for scripts and intranet integrations (needs a session, not a token).' })
  async createApiToken(@Args('input') input: CreateApiTokenInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const { token, apiToken } = await this.auth.createApiToken(ctx.req, viewer, input);
    return { token, apiToken: ApiToken.from(apiToken), viewer: await this.people.for(ctx).person.load(viewer.id) };
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes one of your API tokens at once; it can never act again.' })
  async revokeApiToken(@Args('input') input: RevokeApiTokenInput, @CurrentViewer() viewer: Viewer): Promise<RevokeApiTokenPayload> {
    return { apiToken: ApiToken.from(await this.auth.revokeApiToken(viewer, localId('ApiToken', input.tokenId, 'tokenId'))) };
  }
}
