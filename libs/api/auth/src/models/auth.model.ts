import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '@kindling/api/core';
import { LIMITS } from '@kindling/shared/rules';
import { Person } from '@kindling/api/people';
import type { TokenRow } from '../auth.repository';

export enum ApiTokenScope {
  READ = 'READ',
  WRITE = 'WRITE',
}
registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What an API token may do: every token may read; only one with WRITE may run mutations.',
});

@InputType()
export class DevSignInInput {
  @Field(() => ID, { description: 'The person to act as.' }) personId!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Intranet widget".' }) name!: string;
  @Field(() => [ApiTokenScope], { defaultValue: [ApiTokenScope.READ], description: 'At least one; READ when omitted.' })
  scopes!: ApiTokenScope[];
  @Field(() => Int, { defaultValue: LIMITS.tokenDaysDefault, description: `Days until it expires, 1–${LIMITS.tokenDaysMax}.` })
  expiresInDays!: number;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) tokenId!: string;
}

@ObjectType({ description: 'A bearer token of the acting person. Its secret is shown only once, when created.' })
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [ApiTokenScope]) scopes!: ApiTokenScope[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Recorded at most once a minute.' }) lastUsedAt!: Date | null;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;

  static from(row: TokenRow): ApiToken {
    return Object.assign(new ApiToken(), { ...row, id: toGlobalId('ApiToken', row.id), scopes: row.scopes as ApiTokenScope[] });
  }
}

@ObjectType()
export class SignInPayload {
  @Field(() => Person) viewer!: Person;
}

@ObjectType()
export class SignOutPayload {
  @Field() signedOut!: boolean;
}

@ObjectType()
export class SignOutEverywherePayload {
  @Field() signedOut!: boolean;
  @Field(() => Int, { description: 'How many sessions ended, this one included.' }) sessionsEnded!: number;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown only now.' }) token!: string;
  @Field(() => ApiToken) apiToken!: ApiToken;
  @Field(() => Person) viewer!: Person;
}

@ObjectType()
export class RevokeApiTokenPayload {
  @Field(() => ApiToken) apiToken!: ApiToken;
}

@ObjectType({ description: 'How people can sign in to this server.' })
export class AuthSettings {
  @Field({ description: 'Whether the dev sign-in (choose any person) is enabled.' }) devSignIn!: boolean;
  @Field({ description: 'Dev sign-in is on and the server is reachable from other machines: anyone who can reach it can act as any person.' })
  devSignInExposed!: boolean;
}
