import { DomainEvent } from '@kindling/api/core';
import type { FlagReasonValue } from '@kindling/shared/rules';

/**
 * The events moderation publishes. Hiding and unhiding change no credit (a hidden idea stays in every lineage
 * and trail), but they are on the ledger's tamper-evident record all the same (`ledgered`); like
 * endorsements they need only the ledger's lock, not the graph lock.
 */

interface ContentIds {
  ideaId: string | null;
  commentId: string | null;
}

export class ContentFlagged extends DomainEvent<ContentIds & { flagId: string; reason: FlagReasonValue }> {
  readonly type = 'CONTENT_FLAGGED';
}

export class ContentHidden extends DomainEvent<ContentIds & { reason: string; resolvedFlags: number }> {
  readonly type = 'CONTENT_HIDDEN';
  override get ledgered(): boolean {
    return true;
  }
}

export class ContentUnhidden extends DomainEvent<ContentIds & { reason: string; resolvedFlags: number }> {
  readonly type = 'CONTENT_UNHIDDEN';
  override get ledgered(): boolean {
    return true;
  }
}

export class FlagsDismissed extends DomainEvent<ContentIds & { reason: string; resolvedFlags: number }> {
  readonly type = 'FLAGS_DISMISSED';
}
