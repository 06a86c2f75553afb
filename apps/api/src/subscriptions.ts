import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import { GraphQLError, type GraphQLSchema, getOperationAST, parse, validate } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AuthService } from '@kindling/api/auth';
import { ErrorCode, LiveReason } from '@kindling/shared/errors';
import { MAX_QUERY_TOKENS, type RequestContext, type Viewer, checkNoNulCharacters, checkPageSizes, checkQueryLimits, formatGraphQLError } from '@kindling/api/core';

interface ConnectionExtra {
  request: IncomingMessage;
  viewer?: Viewer;
}

/**
 * GraphQL subscriptions over graphql-ws on /graphql (the HTTP port). A connection is authenticated once, by a
 * bearer token in its `authorization` connection parameter or by the session cookie of the upgrade request,
 * and refused (4403) otherwise. Only subscriptions run over it — queries and mutations go over HTTP, through
 * the rate limits, the access gate and the request budget — and each subscription passes the same query limits
 * as an HTTP request. Resolvers authorise every event for the connection's viewer.
 */
export function subscriptionOptions(auth: AuthService, schema: () => GraphQLSchema): GraphQLWsSubscriptionsConfig {
  const options: ServerOptions<Record<string, unknown>, ConnectionExtra> = {
    onConnect: async (ctx: Context<Record<string, unknown>, ConnectionExtra>) => {
      const viewer = await auth.viewerOfConnection(ctx.extra.request, ctx.connectionParams);
      if (!viewer) return false;
      ctx.extra.viewer = viewer;
      return true;
    },
    onSubscribe: (_ctx, _id, payload) => {
      try {
        const document = parse(payload.query, { maxTokens: MAX_QUERY_TOKENS });
        const errors = validate(schema(), document);
        if (errors.length) return errors;
        const variables = payload.variables ?? {};
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions run over the WebSocket; send queries and mutations over HTTP.')];
        }
        checkQueryLimits(schema(), document, payload.operationName, variables);
        checkNoNulCharacters(payload.query, document, variables);
        checkPageSizes(schema(), document, variables);
      } catch (error) {
        return [refusal(error)];
      }
      return undefined;
    },
    // errors of a subscription (its arguments, an event's fields) carry the same code and reason as over HTTP
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors?.length ? { ...result, errors: result.errors.map((error) => refusal(error)) } : undefined,
    // subscriptions never set cookies: there is no HTTP response to write to
    context: (ctx): RequestContext => ({ req: ctx.extra.request as RequestContext['req'], res: undefined as unknown as Response, viewer: ctx.extra.viewer ?? null, cache: new Map() }),
  };
  // Nest hands these to graphql-ws's useServer as they are (its type names only some of them)
  return options as GraphQLWsSubscriptionsConfig;
}

/** A refusal as graphql-ws sends it: the code and reason the HTTP path would give, nothing internal. */
function refusal(error: unknown): GraphQLError {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError('Refused', { originalError: error as Error });
  const formatted = formatGraphQLError(graphqlError.toJSON(), graphqlError);
  return new GraphQLError(formatted.message, { extensions: formatted.extensions });
}

/**
 * Over HTTP a subscription has nowhere to stream to: it is refused (400) before anything runs, naming where to
 * send it. Listed after the access gate, so a signed-out client hears SIGN_IN_REQUIRED first.
 */
export const subscriptionsOverHttpPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError('Subscriptions run over graphql-ws on /graphql (a WebSocket), not over HTTP.', {
          extensions: { code: ErrorCode.BadUserInput, reason: LiveReason.SUBSCRIPTION_OVER_HTTP, http: { status: 400 } },
        });
      },
    };
  },
};
