import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer, Writes } from '@kindling/api/core';
import { PeopleLoaders, PeopleService, Person } from '@kindling/api/people';
import { LanguageCode, UpdateViewerLanguageInput, UpdateViewerLanguagePayload } from './models/language.model';

/** `Person.language` (only your own) and storing it from the web app's language switch. */
@Resolver(() => Person)
export class PersonLanguageResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly loaders: PeopleLoaders,
    private readonly writes: Writes,
  ) {}

  @ResolveField('language', () => LanguageCode, { nullable: true, description: 'The language e-mail and the web app use for this person: only your own (null for anyone else).' })
  async language(@Parent() person: Person, @Context() ctx: RequestContext): Promise<LanguageCode | null> {
    if (!ctx.viewer || ctx.viewer.id !== person.localId) return null;
    const [contact] = await this.people.contacts([person.localId]);
    return (contact?.language as LanguageCode | undefined) ?? null;
  }

  @ResolveField('languageChosen', () => Boolean, { nullable: true, description: 'Whether you chose `language` with the switch: only your own (null for anyone else).' })
  async languageChosen(@Parent() person: Person, @Context() ctx: RequestContext): Promise<boolean | null> {
    if (!ctx.viewer || ctx.viewer.id !== person.localId) return null;
    const [contact] = await this.people.contacts([person.localId]);
    return contact?.languageChosen ?? null;
  }

  @Mutation(() => UpdateViewerLanguagePayload, { description: 'Stores the language you read Kindling in: e-mail to you comes in it, and when you chose it, a new device starts in it.' })
  async updateViewerLanguage(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateViewerLanguageInput,
    @Context() ctx: RequestContext,
  ): Promise<UpdateViewerLanguagePayload> {
    await this.writes.run({}, (tx) => this.people.setLanguage(tx, viewer.id, input.language, input.chosen));
    return { viewer: (await this.loaders.for(ctx).person.load(viewer.id))! };
  }
}
