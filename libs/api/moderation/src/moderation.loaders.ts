import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, groupBy, perRequest } from '@kindling/api/core';
import { Flag, type FlagRow, type HiddenRow, ModerationAction, type ModerationActionRow } from './models/moderation.model';
import { ModerationRepository } from './moderation.repository';

/** Moderation's DataLoaders, fresh per request: the hidden state every Idea and Comment read masks by, history, flags. */
@Injectable()
export class ModerationLoaders {
  constructor(private readonly repository: ModerationRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      /** The hidden state of each idea; null when it is not hidden. */
      hiddenIdea: new DataLoader<string, HiddenRow | null>(async (ids) => byId(ids, await this.repository.hiddenIdeas(ids))),
      hiddenComment: new DataLoader<string, HiddenRow | null>(async (ids) => byId(ids, await this.repository.hiddenComments(ids))),
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

function byId(ids: readonly string[], rows: HiddenRow[]): Array<HiddenRow | null> {
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
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
