import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { HIDDEN_TITLE } from '@kindling/shared/rules';
import { ModerationNote } from './models/moderation.model';
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

  @ResolveField('title', () => String)
  async title(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string> {
    return (await this.withheld(idea, ctx)) ? HIDDEN_TITLE : idea.title;
  }

  @ResolveField('body', () => String)
  async body(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string> {
    return (await this.withheld(idea, ctx)) ? '' : idea.body;
  }

  @ResolveField('tags', () => [String])
  async tags(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<string[]> {
    return (await this.withheld(idea, ctx)) ? [] : idea.tags;
  }

  @ResolveField(() => Boolean, { description: 'Whether a moderator hid it (it stays in lineages and credit; nobody’s credit changes).' })
  hidden(@Parent() idea: Idea): boolean {
    return idea.hiddenAt !== null;
  }

  @ResolveField(() => ModerationNote, { nullable: true, description: 'Why it is hidden, and its moderation history: for its authors and admins; null for everyone else.' })
  async moderation(@Parent() idea: Idea, @Context() ctx: RequestContext): Promise<ModerationNote | null> {
    if (!(await this.isAuthorOrAdmin(idea, ctx))) return null;
    const history = await this.loaders.for(ctx).ideaActions.load(idea.localId);
    return Object.assign(new ModerationNote(), { hidden: idea.hiddenAt !== null, reason: idea.hiddenReason, at: idea.hiddenAt, history });
  }

  private async withheld(idea: Idea, ctx: RequestContext): Promise<boolean> {
    if (idea.hiddenAt === null) return false;
    return !(await this.isAuthorOrAdmin(idea, ctx));
  }

  private async isAuthorOrAdmin(idea: Idea, ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    if (viewer.role === 'ADMIN') return true;
    return (await this.graph.for(ctx).authors.load(idea.localId)).some((p) => p.localId === viewer.id);
  }
}
