import { describeReason, type Translate } from '@kindling/web/util';
import { readRefusal, type Refusal } from './errors';

/** A refusal in the reader's language: by its reason, else by its transport code; never the server's own text. */
export function describeRefusal(t: Translate, refusal: Refusal): string {
  return refusal.reason ? describeReason(t, refusal.reason) : t(`error.${refusal.code}`);
}

export function describeError(t: Translate, error: unknown): string {
  return describeRefusal(t, readRefusal(error));
}
