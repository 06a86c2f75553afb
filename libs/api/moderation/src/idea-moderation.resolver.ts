import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { HIDDEN_TITLE, ModerationNote } from './models/moderation.model';
import { ModerationLoaders } from './moderation.loaders';

/**
 * The Idea fields moderation owns. A hidden idea keeps its place in every lineage, trail and export (each of
 * them reads these fields), but its title, body and tags are withheld from everyone but its authors and
 * admins: the title reads "Hidden by a moderator", the body empty, no tags.
 */
@Resolver(() => Idea)
export class IdeaModerationResolver {
  constructor(
    private readonly loaders: ModerationLoaders,
    private readonly graph: GraphLoaders,
  ) {}

  @ResolveField('title', () => String, { description: `"${HIDDEN_TITLE}" when a moderator hid it, except for its authors and admins.` })
  async title(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string> {
    return (await this.withheld(idea, ctx)) ? HIDDEN_TITLE : idea.title;
  }

  @ResolveField('body', () => String, { description: 'Markdown; empty when a moderator hid it, except for its authors and admins.' })
  async body(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string> {
    return (await this.withheld(idea, ctx)) ? '' : idea.body;
  }

  @ResolveField('tags', () => [String], { description: 'None when a moderator hid it, except for its authors and admins.' })
  async tags(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string[]> {
    return (await this.withheld(idea, ctx)) ? [] : idea.tags;
  }

  @ResolveField(() => Boolean, { description: 'Whether a moderator hid it (it stays in lineages and credit; nobody’s credit changes).' })
  async hidden(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<boolean> {
    return (await this.loaders.for(ctx).hiddenIdea.load(idea.localId)) !== null;
  }

  @ResolveField(() => ModerationNote, { nullable: true, description: 'Why it is hidden, and its moderation history: for its authors and admins; null for everyone else.' })
  async moderation(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<ModerationNote | null> {
    if (!(await this.isAuthorOrAdmin(idea, ctx))) return null;
    const loaders = this.loaders.for(ctx);
    const [hidden, history] = await Promise.all([loaders.hiddenIdea.load(idea.localId), loaders.ideaActions.load(idea.localId)]);
    return Object.assign(new ModerationNote(), { hidden: hidden !== null, reason: hidden?.reason ?? null, at: hidden?.at ?? null, history });
  }

  private async withheld(idea: Idea, ctx: RequestContext): Promise<boolean> {
    if (!(await this.loaders.for(ctx).hiddenIdea.load(idea.localId))) return false;
    return !(await this.isAuthorOrAdmin(idea, ctx));
  }

  private async isAuthorOrAdmin(idea: Idea, ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    if (viewer.role === 'ADMIN') return true;
    return (await this.graph.for(ctx).authors.load(idea.localId)).some((p) => p.localId === viewer.id);
  }
}
