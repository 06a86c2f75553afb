import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/** The stable codes a client can rely on (`extensions.code`). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
}

/**
 * The one error type of the domain libraries. Each domain names its failures with
 * these codes; `formatGraphQLError` is the single place where they become GraphQL errors.
 */
export class KindlingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'KindlingError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new KindlingError(ErrorCode.BadUserInput, message, details);
export const notFound = (what: string, id?: string) =>
  new KindlingError(ErrorCode.NotFound, id ? `${what} ${id} does not exist.` : `${what} does not exist.`);
export const forbidden = (message: string) => new KindlingError(ErrorCode.Forbidden, message);
export const conflict = (message: string) => new KindlingError(ErrorCode.Conflict, message);
export const unauthenticated = (message = 'Sign in first: this needs an acting person.') =>
  new KindlingError(ErrorCode.Unauthenticated, message);

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

/** PostgreSQL error codes that mean the client sent something the schema refuses. */
const PG_CLIENT_ERRORS: Record<string, ErrorCode> = {
  '22P02': ErrorCode.BadUserInput, // invalid text representation (e.g. a malformed number)
  '22003': ErrorCode.BadUserInput, // numeric value out of range
  '23505': ErrorCode.Conflict, // unique violation
  '40001': ErrorCode.Conflict, // serialization failure
  '40P01': ErrorCode.Conflict, // deadlock
};

/**
 * Maps every error leaving the API to a stable code. Nothing internal (stack, SQL,
 * driver messages) reaches the client; unknown errors are logged and become a
 * generic INTERNAL_SERVER_ERROR.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof KindlingError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const pgCode = (original as { code?: unknown } | undefined)?.code;
  if (typeof pgCode === 'string' && pgCode in PG_CLIENT_ERRORS && (original as Error).constructor?.name !== 'GraphQLError') {
    const code = PG_CLIENT_ERRORS[pgCode];
    const message = code === ErrorCode.Conflict ? 'The write conflicted with another one; nothing was changed. Try again.' : 'A value is malformed or out of range.';
    return { ...base, message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  // Class-validator and argument coercion problems surface without a code: they are the client's input.
  if (original instanceof GraphQLError && !original.originalError) {
    return { ...base, extensions: { code: ErrorCode.BadUserInput } };
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
