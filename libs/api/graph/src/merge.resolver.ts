import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, Roles, type Viewer, localId } from '@kindling/api/core';
import { MergeIdeasInput, SetRetentionInput, UnmergeIdeaInput } from './dto/graph.inputs';
import { GraphLoaders } from './graph.loaders';
import { MergeService } from './merge.service';
import { MergeIdeasPayload, SetRetentionPayload, UnmergeIdeaPayload } from './models/payloads.model';

/** Reviewers' corrections of the graph: originality and merging duplicates. */
@Resolver()
@Roles('REVIEWER')
export class MergeResolver {
  constructor(
    private readonly merges: MergeService,
    private readonly loaders: GraphLoaders,
  ) {}

  @Mutation(() => SetRetentionPayload, {
    description:
      'Set how original a build-on is (its retention ρ, within the credit model’s bounds) with a written reason; its credit and everything built on it is recomputed. Reviewers and admins.',
  })
  async setRetention(@Args('input') input: SetRetentionInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.merges.setRetention(viewer, { ideaId, retention: input.retention, reason: input.reason });
    return { idea: await this.loaders.for(ctx).idea.load(ideaId) };
  }

  @Mutation(() => MergeIdeasPayload, {
    description:
      'Merge a duplicate into the idea kept: the kept idea’s authors become the union of both, the duplicate’s parents, build-ons, endorsements and comments move to it. Refused with CONFLICT (MERGE_CYCLE) when one builds on the other. Reviewers and admins.',
  })
  async mergeIdeas(@Args('input') input: MergeIdeasInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const [duplicateId, intoId] = [localId('Idea', input.duplicateId, 'duplicateId'), localId('Idea', input.intoId, 'intoId')];
    await this.merges.mergeIdeas(viewer, { duplicateId, intoId, reason: input.reason });
    const [duplicate, into] = await Promise.all([this.loaders.for(ctx).idea.load(duplicateId), this.loaders.for(ctx).idea.load(intoId)]);
    return { duplicate, into };
  }

  @Mutation(() => UnmergeIdeaPayload, {
    description:
      'Undo a merge exactly: everything returns to how it was before it. Refused with CONFLICT (UNMERGE_BLOCKED) when a later write depends on the merge; the message says which. Reviewers and admins.',
  })
  async unmergeIdea(@Args('input') input: UnmergeIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    const intoId = await this.merges.unmergeIdea(viewer, ideaId);
    const [idea, into] = await Promise.all([this.loaders.for(ctx).idea.load(ideaId), this.loaders.for(ctx).idea.load(intoId)]);
    return { idea, into };
  }
}
