import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Person } from '@kindling/api/people';

@InputType()
export class DevSignInInput {
  @Field(() => ID, { description: 'The person to act as.' }) personId!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Intranet widget".' }) name!: string;
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
export class CreateApiTokenPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown only now.' }) token!: string;
  @Field(() => Person) viewer!: Person;
}

@ObjectType({ description: 'How people can sign in to this server.' })
export class AuthSettings {
  @Field({ description: 'Whether the dev sign-in (choose any person) is enabled.' }) devSignIn!: boolean;
}
