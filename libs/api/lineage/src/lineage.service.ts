import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RequestErrors, toGlobalId } from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { LineageDirection, LineageEdge } from './models/lineage.model';

export const MAX_LINEAGE_DEPTH = 100;

export interface LineageIds {
  ideaIds: string[];
  ancestorCount: number;
  descendantCount: number;
  edges: LineageEdge[];
}

/** An idea's family as flat ids and edges, walked through the graph's traversals. */
@Injectable()
export class LineageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly graph: GraphService,
  ) {}

  /** Ids and edges of an idea's family; hydration of the nodes is left to the caller's loaders. */
  async lineage(rootId: string, direction: LineageDirection, maxDepth: number | null | undefined): Promise<LineageIds> {
    if (maxDepth != null && (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH)) {
      throw RequestErrors.outOfRange('maxDepth', 1, MAX_LINEAGE_DEPTH);
    }
    const walk = (way: 'up' | 'down') =>
      maxDepth == null ? this.graph.reachableIds(this.db, [rootId], way) : this.graph.reachableWithin(this.db, [rootId], way, maxDepth);
    const [ancestors, descendants] = await Promise.all([
      direction === LineageDirection.DESCENDANTS ? [] : walk('up'),
      direction === LineageDirection.ANCESTORS ? [] : walk('down'),
    ]);
    const ideaIds = [rootId, ...ancestors, ...descendants];
    const edges = (await this.graph.edgesAmong(this.db, ideaIds)).map((e) =>
      Object.assign(new LineageEdge(), {
        parentId: toGlobalId('Idea', e.parentId),
        childId: toGlobalId('Idea', e.childId),
        relation: e.relation,
        split: e.split,
      }),
    );
    return { ideaIds, ancestorCount: ancestors.length, descendantCount: descendants.length, edges };
  }
}
