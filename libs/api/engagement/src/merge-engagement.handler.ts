import { Injectable } from '@nestjs/common';
import type { DomainEvent, InTransactionHandler, Transaction } from '@kindling/api/core';
import { GraphService, IdeaUnmerged, IdeasMerged } from '@kindling/api/graph';
import { EngagementErrors } from './engagement.errors';
import { EndorsementsMoved } from './engagement.events';
import { type EndorsementRow, EngagementRepository, type MergedEndorsementFate } from './engagement.repository';

/**
 * A merge's share of engagement. Endorsements move to the kept idea without counting anyone twice: an
 * endorser of both counts once (COUNTED_ONCE), and an endorser who is an author of the merged idea loses the
 * endorsement (BECAME_AUTHOR: authors cannot endorse their own idea); comments move, marked as moved. The
 * unmerge puts every one of them back, unless an endorsement it moved was withdrawn since.
 */
@Injectable()
export class MergeEngagementHandler implements InTransactionHandler {
  constructor(
    private readonly repository: EngagementRepository,
    private readonly graph: GraphService,
  ) {}

  async handle(event: DomainEvent, tx: Transaction): Promise<void> {
    if (event instanceof IdeasMerged) await this.merged(event, tx);
    else if (event instanceof IdeaUnmerged) await this.unmerged(event, tx);
  }

  private async merged(event: IdeasMerged, tx: Transaction): Promise<void> {
    const { mergeId, duplicateId, intoId } = event.payload;
    const authors = new Set(event.payload.into.authors.map((a) => a.personId));
    const rows = await this.repository.endorsementRows(tx, [duplicateId, intoId]);
    const intoEndorsers = new Set(rows.filter((r) => r.ideaId === intoId).map((r) => r.personId));
    const fates: Array<EndorsementRow & { fate: MergedEndorsementFate }> = [];
    for (const row of rows) {
      if (row.ideaId === intoId) {
        if (authors.has(row.personId)) fates.push({ ...row, fate: 'BECAME_AUTHOR' });
      } else {
        fates.push({ ...row, fate: authors.has(row.personId) ? 'BECAME_AUTHOR' : intoEndorsers.has(row.personId) ? 'COUNTED_ONCE' : 'MOVED' });
      }
    }
    const moved = fates.filter((f) => f.fate === 'MOVED').map((f) => ({ ...f, ideaId: intoId }));
    await this.repository.deleteEndorsements(tx, fates);
    await this.repository.insertEndorsements(tx, moved);
    await this.repository.recordMergedEndorsements(tx, mergeId, fates);
    await this.count(tx, duplicateId, -fates.filter((f) => f.ideaId === duplicateId).length);
    await this.count(tx, intoId, moved.length - fates.filter((f) => f.ideaId === intoId).length);
    await this.repository.moveComments(tx, mergeId, duplicateId, intoId);
    tx.publish(new EndorsementsMoved(event.actorId, { mergeId, duplicateId, intoId, because: 'MERGE', removed: fates.map(pair), added: moved.map(pair) }));
  }

  private async unmerged(event: IdeaUnmerged, tx: Transaction): Promise<void> {
    const { mergeId, duplicateId, intoId } = event.payload;
    const fates = await this.repository.mergedEndorsements(tx, mergeId);
    const intoEndorsers = new Set((await this.repository.endorsementRows(tx, [intoId])).map((r) => r.personId));
    const moved = fates.filter((f) => f.fate === 'MOVED').map((f) => ({ ...f, ideaId: intoId }));
    const withdrawn = moved.find((m) => !intoEndorsers.has(m.personId));
    if (withdrawn) throw EngagementErrors.unmergeBlocked(withdrawn.personId, intoId);
    await this.repository.deleteEndorsements(tx, moved);
    await this.repository.insertEndorsements(tx, fates);
    await this.count(tx, duplicateId, fates.filter((f) => f.ideaId === duplicateId).length);
    await this.count(tx, intoId, fates.filter((f) => f.ideaId === intoId).length - moved.length);
    await this.repository.moveCommentsBack(tx, mergeId, duplicateId, intoId);
    tx.publish(new EndorsementsMoved(event.actorId, { mergeId, duplicateId, intoId, because: 'UNMERGE', removed: moved.map(pair), added: fates.map(pair) }));
  }

  private async count(tx: Transaction, ideaId: string, delta: number): Promise<void> {
    if (delta !== 0) await this.graph.adjustEndorsementCount(tx, ideaId, delta);
  }
}

const pair = (row: { ideaId: string; personId: string }) => ({ ideaId: row.ideaId, personId: row.personId });
