import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, RequestReason } from '@kindling/shared/errors';
import { RequestErrors } from './errors';

/** An error that means the request ran out of time: past its budget, or a statement cancelled by statement_timeout. */
function isTooSlow(error: GraphQLError): boolean {
  const original = error.originalError as { reason?: unknown; code?: unknown } | undefined;
  return original?.reason === RequestReason.REQUEST_TOO_SLOW || original?.code === '57014';
}

/**
 * A wall-clock budget per GraphQL request. Once it is spent, every field a query still has to resolve is
 * refused instead of run, so the rest of its SQL never starts (a statement already running is bounded by the
 * pool's statement_timeout), and the answer is one BAD_USER_INPUT / REQUEST_TOO_SLOW error, HTTP 400, instead
 * of partial data. A mutation is never cut short after it may have written: its payload resolves normally
 * and only a statement over the statement_timeout fails (that field alone, with the same reason).
 */
export function requestBudgetPlugin(budgetMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const deadline = Date.now() + budgetMs;
      let outOfTime = false;
      let isQuery = false;
      return {
        async executionDidStart({ operation }) {
          // undefined when the document names no operation to run: graphql-js refuses it during execution
          isQuery = operation?.operation === 'query';
          if (!isQuery) return;
          return {
            willResolveField() {
              if (Date.now() > deadline) throw RequestErrors.requestTooSlow(budgetMs);
            },
          };
        },
        async didEncounterErrors({ errors }) {
          if (errors.some(isTooSlow)) outOfTime = true;
        },
        async willSendResponse({ response }) {
          if (!outOfTime || !isQuery || response.body.kind !== 'single') return;
          const { message } = RequestErrors.requestTooSlow(budgetMs);
          response.body.singleResult = { errors: [{ message, extensions: { code: ErrorCode.BadUserInput, reason: RequestReason.REQUEST_TOO_SLOW } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
