import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, toGlobalId } from '@kindling/api/core';
import { edgesAmong, reachableIds, reachableWithDepth } from '@kindling/api/ideas';
import { LineageDirection, LineageEdge } from './models/lineage.model';

export const MAX_LINEAGE_DEPTH = 100;

export interface LineageIds {
  ideaIds: string[];
  ancestorCount: number;
  descendantCount: number;
  edges: LineageEdge[];
}

@Injectable()
export class LineageService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Ids and edges of an idea's family; hydration of the nodes is left to the caller's loaders. */
  async lineage(rootId: string, direction: LineageDirection, maxDepth: number | null | undefined): Promise<LineageIds> {
    if (maxDepth != null && (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH)) {
      throw badInput(`maxDepth must be between 1 and ${MAX_LINEAGE_DEPTH}.`, { field: 'maxDepth' });
    }
    const walk = async (way: 'up' | 'down') =>
      maxDepth == null
        ? reachableIds(this.db, [rootId], way)
        : (await reachableWithDepth(this.db, [rootId], way, maxDepth)).map((r) => r.id);
    const [ancestors, descendants] = await Promise.all([
      direction === LineageDirection.DESCENDANTS ? [] : walk('up'),
      direction === LineageDirection.ANCESTORS ? [] : walk('down'),
    ]);
    const ideaIds = [rootId, ...ancestors, ...descendants];
    const edges = (await edgesAmong(this.db, ideaIds)).map((e) =>
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
