import type { FlagReasonValue } from '@kindling/shared/rules';
import type { ContentRef } from './models/moderation.model';

export interface FlagCommand {
  target: ContentRef;
  reason: FlagReasonValue;
  note: string;
}

/** Hide, unhide or dismiss, with the moderator's written reason. */
export interface ModerateCommand {
  target: ContentRef;
  reason: string;
}
