import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Idea } from '@kindling/api/graph';
import { HIDDEN_TITLE } from '@kindling/shared/rules';
import { ModerationNote } from './models/moderation.model';
import { ModerationLoaders } from './moderation.loaders';
import { ModerationService } from './moderation.service';

/**
 * The Idea fields moderation owns. A hidden idea keeps its place in every lineage, trail and export (each of
 * them reads these fields), but its title, body and tags are withheld from everyone but its authors and
 * admins: the title reads "Hidden by a moderator", the body empty, no tags.
 */
@Resolver(() => Idea)
export class IdeaModerationResolver {
  constructor(
    private readonly loaders: ModerationLoaders,
    private readonly service: ModerationService,
  ) {}

  @ResolveField('title', () => String)
  async title(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string> {
    return (await this.service.ideaWithheld(idea, ctx.viewer, ctx)) ? HIDDEN_TITLE : idea.title;
  }

  @ResolveField('body', () => String)
  async body(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string> {
    return (await this.service.ideaWithheld(idea, ctx.viewer, ctx)) ? '' : idea.body;
  }

  @ResolveField('tags', () => [String])
  async tags(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string[]> {
    return (await this.service.ideaWithheld(idea, ctx.viewer, ctx)) ? [] : idea.tags;
  }

  @ResolveField(() => Boolean, { description: 'Whether a moderator hid it (it stays in lineages and credit; nobody’s credit changes).' })
  hidden(@Parent() idea: Idea): boolean {
    return idea.hiddenAt !== null;
  }

  @ResolveField(() => ModerationNote, { nullable: true, description: 'Why it is hidden, and its moderation history: for its authors and admins; null for everyone else.' })
  async moderation(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<ModerationNote | null> {
    if (!(await this.service.isIdeaAuthorOrAdmin(idea, ctx.viewer, ctx))) return null;
    const history = await this.loaders.for(ctx).ideaActions.load(idea.localId);
    return Object.assign(new ModerationNote(), { hidden: idea.hiddenAt !== null, reason: idea.hiddenReason, at: idea.hiddenAt, history });
  }
}
