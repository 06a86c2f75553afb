import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode, InputReason, REASON_CODES, type Reason, RequestReason, isReason } from '@kindling/shared/errors';
import { CURATION_REASON_MAX, LIMITS, type RuleViolation } from '@kindling/shared/rules';

export { ErrorCode };

/**
 * The one error type of the domain libraries. A domain names why it refuses (`reason`, from its enum in
 * @kindling/shared/errors); the transport code follows from the reason through REASON_CODES, and
 * `formatGraphQLError` is the single place where it becomes a GraphQL error. The message is English, for
 * integrators reading logs; the web app words its own message from the reason.
 */
export class KindlingError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly reason: Reason,
    message: string,
    /** The input at fault, when one is (`extensions.field`), e.g. `title` or `parentIds[1]`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'KindlingError';
    this.code = REASON_CODES[reason];
  }
}

/** Refusals of the request itself (signed out, malformed ids, page sizes, limits). */
export const RequestErrors = {
  signInRequired: () => new KindlingError(RequestReason.SIGN_IN_REQUIRED, 'Sign in first: this needs an acting person.'),
  roleRequired: (role: string) => new KindlingError(RequestReason.ROLE_REQUIRED, `Only a ${role.toLowerCase()} can do that.`),
  invalidId: (field: string, id: string) => new KindlingError(RequestReason.INVALID_ID, `${field}: "${id}" is not a valid id.`, field),
  wrongIdType: (field: string, id: string, expected: string, actual: string) =>
    new KindlingError(RequestReason.WRONG_ID_TYPE, `${field}: "${id}" is a ${actual} id, not a ${expected} id.`, field),
  invalidCursor: (field: string, cursor: string) => new KindlingError(RequestReason.INVALID_CURSOR, `"${cursor}" is not a valid cursor.`, field),
  pageSize: (field: string, max: number) => new KindlingError(RequestReason.PAGE_SIZE_OUT_OF_RANGE, `Page size must be between 0 and ${max}.`, field),
  firstAndLast: () => new KindlingError(RequestReason.FIRST_AND_LAST, 'Pass either first or last, not both.', 'last'),
  tooManyIds: (field: string, max: number) => new KindlingError(RequestReason.TOO_MANY_IDS, `At most ${max} ids at once.`, field),
  malformedValue: (field: string, what: string) => new KindlingError(RequestReason.MALFORMED_VALUE, `${field}: not a valid ${what}.`, field),
  outOfRange: (field: string, min: number, max: number) => new KindlingError(RequestReason.OUT_OF_RANGE, `${field} must be between ${min} and ${max}.`, field),
  requestTooSlow: (budgetMs: number) =>
    new KindlingError(
      RequestReason.REQUEST_TOO_SLOW,
      `The request needed more time than one request may take (${budgetMs / 1000} s) and was stopped. Ask for less at once: smaller pages, fewer fields.`,
    ),
};

const INPUT_MESSAGES: { readonly [R in InputReason]: string } = {
  [InputReason.TITLE_EMPTY]: 'cannot be empty.',
  [InputReason.TITLE_TOO_LONG]: `at most ${LIMITS.title} characters.`,
  [InputReason.BODY_EMPTY]: 'cannot be empty.',
  [InputReason.BODY_TOO_LONG]: `at most ${LIMITS.body} characters.`,
  [InputReason.TOO_MANY_TAGS]: `at most ${LIMITS.tags} tags.`,
  [InputReason.INVALID_TAG]: `tags are lowercase letters and digits in dash-separated words, at most ${LIMITS.tag} characters.`,
  [InputReason.PARENT_COUNT]: `give between 1 and ${LIMITS.parents} ideas to build on.`,
  [InputReason.DUPLICATE_PARENT]: 'each idea can be named once.',
  [InputReason.COMBINES_NEEDS_TWO]: 'COMBINES needs at least two parents.',
  [InputReason.SPLIT_LENGTH]: 'give one number per parent.',
  [InputReason.SPLIT_NOT_POSITIVE]: 'every part must be a positive number.',
  [InputReason.SPLIT_TOO_LARGE]: 'the parts are too large to add up; use smaller numbers.',
  [InputReason.PARENT_SPLIT_SUM]: 'the shares must add up to 100 %.',
  [InputReason.COMMENT_EMPTY]: 'cannot be empty.',
  [InputReason.COMMENT_TOO_LONG]: `at most ${LIMITS.comment} characters.`,
  [InputReason.TOKEN_NAME]: `give the token a name of 1–${LIMITS.tokenName} characters.`,
  [InputReason.TOKEN_EXPIRY]: `a token lasts between 1 and ${LIMITS.tokenDaysMax} days.`,
  [InputReason.TOKEN_SCOPES]: 'give the token at least one scope.',
  [InputReason.REASON_EMPTY]: 'give a reason.',
  [InputReason.REASON_TOO_LONG]: `at most ${CURATION_REASON_MAX} characters.`,
  [InputReason.RESPONSE_EMPTY]: 'write a response: it is the official answer the author reads.',
  [InputReason.RESPONSE_TOO_LONG]: `at most ${LIMITS.response} characters.`,
  [InputReason.WITHDRAWAL_REASON_EMPTY]: 'say why the idea is withdrawn.',
  [InputReason.WITHDRAWAL_REASON_TOO_LONG]: `at most ${LIMITS.withdrawalReason} characters.`,
};

/** Throws when a shared input rule is broken (see @kindling/shared/rules). */
export function enforce(violation: RuleViolation | null): void {
  if (violation) throw new KindlingError(violation.reason, `${violation.field}: ${INPUT_MESSAGES[violation.reason]}`, violation.field);
}

/** Codes that graphql-js / Apollo produce themselves for malformed requests; safe to pass through. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL error codes that mean the client sent something the schema refuses, or raced another write. */
const PG_CLIENT_ERRORS: Record<string, { reason: Reason; message: string }> = {
  '22P02': { reason: RequestReason.MALFORMED_VALUE, message: 'A value is malformed or out of range.' }, // invalid text representation
  '22003': { reason: RequestReason.MALFORMED_VALUE, message: 'A value is malformed or out of range.' }, // numeric value out of range
  '22007': { reason: RequestReason.MALFORMED_VALUE, message: 'A value is malformed or out of range.' }, // invalid datetime format (e.g. in a crafted cursor)
  '22008': { reason: RequestReason.MALFORMED_VALUE, message: 'A value is malformed or out of range.' }, // datetime field overflow
  '22021': { reason: RequestReason.MALFORMED_VALUE, message: 'A text contains a character that cannot be stored (e.g. a NUL byte).' }, // character not in repertoire
  '23505': { reason: RequestReason.WRITE_CONFLICT, message: 'The write conflicted with another one; nothing was changed. Try again.' }, // unique violation
  '40001': { reason: RequestReason.WRITE_CONFLICT, message: 'The write conflicted with another one; nothing was changed. Try again.' }, // serialization failure
  '40P01': { reason: RequestReason.WRITE_CONFLICT, message: 'The write conflicted with another one; nothing was changed. Try again.' }, // deadlock
  // cancelled by the pool's statement_timeout (a write's transaction is rolled back with it)
  '57014': { reason: RequestReason.REQUEST_TOO_SLOW, message: 'A step of the request took too long and was stopped. Ask for less at once: smaller pages, fewer fields.' },
};

/** graphql-js's own words when a document has more tokens than `parse(…, { maxTokens })` allows. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/; // sic: graphql 16 says "more that"

/**
 * Maps every error leaving the API to a stable code, and to a reason where there is one. Nothing internal
 * (stack, SQL, driver messages) reaches the client; unknown errors are logged and become a generic
 * INTERNAL_SERVER_ERROR.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof KindlingError) {
    const extensions = { code: original.code, reason: original.reason, ...(original.field ? { field: original.field } : {}) };
    return { ...base, message: original.message, extensions };
  }
  const pgCode = (original as { code?: unknown } | undefined)?.code;
  if (typeof pgCode === 'string' && pgCode in PG_CLIENT_ERRORS && (original as Error).constructor?.name !== 'GraphQLError') {
    const { reason, message } = PG_CLIENT_ERRORS[pgCode];
    return { ...base, message, extensions: { code: REASON_CODES[reason], reason } };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) {
    return { message: formatted.message.replace('Syntax Error: ', ''), extensions: { code: ErrorCode.BadUserInput, reason: RequestReason.TOO_MANY_TOKENS } };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const given = formatted.extensions?.reason;
    // Apollo's own BAD_USER_INPUT is a variable its type could not read
    const reason = isReason(given) ? given : code === ErrorCode.BadUserInput ? RequestReason.MALFORMED_VALUE : null;
    const field = typeof formatted.extensions?.field === 'string' ? formatted.extensions.field : null;
    return { ...base, extensions: { code, ...(reason ? { reason } : {}), ...(reason && field ? { field } : {}) } };
  }
  // Argument coercion problems surface without a code: the client's value could not be read as its type.
  if (original instanceof GraphQLError && !original.originalError) {
    return { ...base, extensions: { code: ErrorCode.BadUserInput, reason: RequestReason.MALFORMED_VALUE } };
  }
  console.error('[kindling] internal error:', original);
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Hands domain errors straight to GraphQL's error formatting; without it Nest would log
 * every refused input as a server error.
 */
@Catch(KindlingError)
export class KindlingErrorFilter implements GqlExceptionFilter {
  catch(error: KindlingError): KindlingError {
    return error;
  }
}
