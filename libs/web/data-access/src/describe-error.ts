import { RequestReason } from '@kindling/shared/errors';
import { describeReason, type Translate } from '@kindling/web/util';
import { readRefusal, type Refusal } from './errors';

/** A refusal in the reader's language: by its reason, else by its transport code; never the server's own text. */
export function describeRefusal(t: Translate, refusal: Refusal): string {
  return refusal.reason ? describeReason(t, refusal.reason) : t(`error.${refusal.code}`);
}

export function describeError(t: Translate, error: unknown): string {
  return describeRefusal(t, readRefusal(error));
}

/** A page's id that names nothing: malformed, of another type, or unknown. The reader needs a way back, not a retry. */
export function isNotFound(error: unknown): boolean {
  const { code, reason } = readRefusal(error);
  return code === 'NOT_FOUND' || reason === RequestReason.INVALID_ID || reason === RequestReason.WRONG_ID_TYPE;
}

/** Whether asking again can succeed: the server was not reached, was busy, too slow or failed on its side. */
export function isRetryable(error: unknown): boolean {
  const { code, reason } = readRefusal(error);
  return code === 'network' || code === 'unknown' || code === 'RATE_LIMITED' || reason === RequestReason.REQUEST_TOO_SLOW;
}

/** `retry` for an error that retrying can help, else nothing (so no "Try again" that cannot help is offered). */
export function retryFor(error: unknown, retry: () => unknown): (() => void) | undefined {
  return isRetryable(error) ? () => void retry() : undefined;
}
