import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { GraphLoaders } from './graph.loaders';
import { Idea } from './models/idea.model';
import { IdeaMerge, RetentionNote } from './models/merge.model';

/** The Idea fields of merges and originality. */
@Resolver(() => Idea)
export class IdeaMergeResolver {
  constructor(private readonly loaders: GraphLoaders) {}

  @ResolveField(() => Idea, { nullable: true, description: 'The idea this one was merged into (its status is MERGED), or null.' })
  async mergedInto(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    const merge = await this.loaders.for(ctx).mergeOf.load(idea.localId);
    return merge ? this.loaders.for(ctx).idea.load(merge.intoLocalId) : null;
  }

  @ResolveField(() => IdeaMerge, { nullable: true, description: 'The merge of this idea into another one — who, when and why — or null.' })
  merge(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).mergeOf.load(idea.localId);
  }

  @ResolveField(() => [Idea], { description: 'The duplicates merged into this idea, oldest merge first.' })
  async mergedFrom(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    const merges = await this.loaders.for(ctx).mergesInto.load(idea.localId);
    return this.loaders.for(ctx).idea.loadMany(merges.map((m) => m.duplicateLocalId));
  }

  @ResolveField(() => RetentionNote, { nullable: true, description: 'The latest retention a reviewer set on this build-on, with the reason; null if never set.' })
  retentionNote(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).retentionNote.load(idea.localId);
  }
}

@Resolver(() => IdeaMerge)
export class IdeaMergeFieldsResolver {
  constructor(
    private readonly loaders: GraphLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  @ResolveField(() => Idea)
  duplicate(@Parent() merge: IdeaMerge, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).idea.load(merge.duplicateLocalId);
  }

  @ResolveField(() => Idea)
  into(@Parent() merge: IdeaMerge, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).idea.load(merge.intoLocalId);
  }

  @ResolveField(() => Person, { description: 'The reviewer who merged them.' })
  by(@Parent() merge: IdeaMerge, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(merge.byLocalId);
  }
}

@Resolver(() => RetentionNote)
export class RetentionNoteResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The reviewer who set it.' })
  by(@Parent() note: RetentionNote, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(note.byLocalId);
  }
}
