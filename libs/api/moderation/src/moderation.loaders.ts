import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, groupBy, perRequest } from '@kindling/api/core';
import { Flag, type FlagRow, ModerationAction, type ModerationActionRow } from './models/moderation.model';
import { ModerationRepository } from './moderation.repository';

/** Moderation's DataLoaders, fresh per request: the decisions on ideas and comments, the flags of queue items. */
@Injectable()
export class ModerationLoaders {
  constructor(private readonly repository: ModerationRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      ideaActions: new DataLoader<string, ModerationAction[]>(async (ids) =>
        groupBy(ids, await this.repository.actions(ids, []), (r) => r.ideaLocalId ?? '').map(toActions),
      ),
      commentActions: new DataLoader<string, ModerationAction[]>(async (ids) =>
        groupBy(ids, await this.repository.actions([], ids), (r) => r.commentLocalId ?? '').map(toActions),
      ),
      /** Every flag of each item, keyed `idea:<id>` or `comment:<id>`, oldest first. */
      flags: new DataLoader<string, Flag[]>(async (keys) => {
        const ids = (kind: string) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
        const rows = await this.repository.flags(ids('idea'), ids('comment'));
        return groupBy(keys, rows, flagKey).map((group) => group.map(toFlag));
      }),
    }));
  }
}

export function itemKey(ideaId: string, commentId: string | null): string {
  return commentId ? `comment:${commentId}` : `idea:${ideaId}`;
}

function flagKey(row: FlagRow): string {
  return row.commentLocalId ? `comment:${row.commentLocalId}` : `idea:${row.ideaLocalId}`;
}

function toActions(rows: ModerationActionRow[]): ModerationAction[] {
  return rows.map((r) => Object.assign(new ModerationAction(), { actedByLocalId: r.actedByLocalId, action: r.action, reason: r.reason, at: r.at }));
}

function toFlag(row: FlagRow): Flag {
  return Object.assign(new Flag(), {
    flaggedByLocalId: row.flaggedByLocalId,
    resolvedByLocalId: row.resolvedByLocalId,
    reason: row.reason,
    note: row.note,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    resolution: row.resolution,
  });
}
