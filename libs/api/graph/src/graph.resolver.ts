import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer, localId } from '@kindling/api/core';
import { BuildOnInput, EditIdeaInput, LinkParentInput, PostIdeaInput, WithdrawIdeaInput } from './dto/graph.inputs';
import { GraphLoaders } from './graph.loaders';
import { GraphService } from './graph.service';
import { EditIdeaPayload, WithdrawIdeaPayload } from './models/authoring.model';
import { BuildOnPayload, LinkParentPayload, PostIdeaPayload } from './models/payloads.model';

/** The graph's mutations: each decodes its input into a command, runs it, and returns the idea as it is now. */
@Resolver()
export class GraphResolver {
  constructor(
    private readonly graph: GraphService,
    private readonly loaders: GraphLoaders,
  ) {}

  private async payload(ctx: RequestContext, ideaId: string) {
    return { idea: await this.loaders.for(ctx).idea.load(ideaId) };
  }

  @Mutation(() => PostIdeaPayload, { description: 'Post an original idea, as the acting person.' })
  async postIdea(@Args('input') input: PostIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const id = await this.graph.postIdea(viewer, { title: input.title, body: input.body, tags: input.tags ?? [], campaignId: campaignIdOf(input.campaignId) });
    return this.payload(ctx, id);
  }

  @Mutation(() => BuildOnPayload, { description: 'Post an idea that builds on one or several existing ideas.' })
  async buildOn(@Args('input') input: BuildOnInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const id = await this.graph.buildOn(viewer, {
      title: input.title,
      body: input.body,
      tags: input.tags ?? [],
      parentIds: input.parentIds.map((id, i) => localId('Idea', id, `parentIds[${i}]`)),
      relation: input.relation ?? null,
      split: input.split ?? null,
      campaignId: campaignIdOf(input.campaignId),
    });
    return this.payload(ctx, id);
  }

  @Mutation(() => LinkParentPayload, {
    description: 'Record that an idea you author also builds on another existing idea. Refused with CONFLICT (LINEAGE_CYCLE) if it would close a cycle.',
  })
  async linkParent(@Args('input') input: LinkParentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.graph.linkParent(viewer, { ideaId, parentId: localId('Idea', input.parentId, 'parentId'), relation: input.relation ?? null });
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => EditIdeaPayload, {
    description:
      'Edit an idea you author (omitted fields stay as they are; at least one must change). Every revision is kept (`Idea.revisions`); credit does not change.',
  })
  async editIdea(@Args('input') input: EditIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.graph.editIdea(viewer, { ideaId, title: input.title ?? null, body: input.body ?? null, tags: input.tags ?? null });
    return this.payload(ctx, ideaId);
  }

  @Mutation(() => WithdrawIdeaPayload, {
    description:
      'Withdraw an idea you author, with a reason. It stays in every lineage and credit trail (nobody’s credit changes) but can no longer be endorsed, built on, linked as a parent or edited.',
  })
  async withdrawIdea(@Args('input') input: WithdrawIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.graph.withdrawIdea(viewer, { ideaId, reason: input.reason });
    return this.payload(ctx, ideaId);
  }
}

function campaignIdOf(globalId: string | null | undefined): string | null {
  return globalId ? localId('Campaign', globalId, 'campaignId') : null;
}
