import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Person } from '@kindling/api/people';

/** The languages of the app and of e-mail (people.language holds the lower-case value). */
export enum LanguageCode {
  EN = 'en',
  NL = 'nl',
}
registerEnumType(LanguageCode, { name: 'Language', description: 'A language Kindling speaks: the web app and e-mail.' });

@InputType()
export class UpdateViewerLanguageInput {
  @Field(() => LanguageCode, { description: 'The language e-mail and the web app use for you (the switch in the header stores it).' }) language!: LanguageCode;
  @Field({
    defaultValue: true,
    description: 'true: you chose it (a new device starts in it); false: the language your browser shows, for e-mail, which never replaces a choice.',
  })
  chosen!: boolean;
}

@ObjectType()
export class UpdateViewerLanguagePayload {
  @Field(() => Person) viewer!: Person;
}
