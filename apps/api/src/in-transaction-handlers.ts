import { UpstreamCreditHandler } from '@kindling/api/credit';
import { EndorsementLapseHandler } from '@kindling/api/engagement';
import { LedgerRecorder } from '@kindling/api/ledger';

/**
 * What runs inside every write's transaction, in this order, for every event the write published: a new
 * co-author's endorsement lapses (engagement), materialised credit follows the graph (credit), and
 * credit-affecting events are ledgered (ledger, last, so it records what the others agreed on).
 * Work that need not agree with the write reads the outbox after the commit instead.
 */
export const IN_TRANSACTION_HANDLERS = [EndorsementLapseHandler, UpstreamCreditHandler, LedgerRecorder];
