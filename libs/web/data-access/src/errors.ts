import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, isReason, type Reason } from '@kindling/shared/errors';

/** Why the API refused a request, read from the first error's extensions (never from its English message). */
export interface Refusal {
  /** The transport code; 'network' when the server was not reached, 'unknown' for anything else. */
  code: ErrorCode | 'network' | 'unknown';
  /** The domain reason, when the API gave one the app knows. */
  reason: Reason | null;
  /** The input at fault (`title`, `parentIds[1]` …), when one is. */
  field: string | null;
}

const CODES = new Set<string>(Object.values(ErrorCode));

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

export function readRefusal(error: unknown): Refusal {
  if (CombinedGraphQLErrors.is(error)) {
    const { code, reason, field } = error.errors[0]?.extensions ?? {};
    return { code: isErrorCode(code) ? code : 'unknown', reason: isReason(reason) ? reason : null, field: typeof field === 'string' ? field : null };
  }
  const network = error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
  return { code: network ? 'network' : 'unknown', reason: null, field: null };
}
