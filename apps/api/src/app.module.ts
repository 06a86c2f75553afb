import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModuleRef } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import {
  CURSOR_KEYS,
  CoreModule,
  MAX_QUERY_TOKENS,
  RateLimits,
  RateLimitsModule,
  type RequestContext,
  checkMutationPayloadArguments,
  checkNoNulCharacters,
  accessGatePlugin,
  checkPageSizes,
  checkQueryLimits,
  formatGraphQLError,
  limitConnectionsPerRequest,
  rateLimitPlugin,
  requestBudgetPlugin,
} from '@kindling/api/core';
import { AuthModule, AuthService } from '@kindling/api/auth';
import { LedgerModule } from '@kindling/api/ledger';
import { ReviewModule } from '@kindling/api/review';
import { MailModule } from '@kindling/api/mail';
import { WebhooksModule } from '@kindling/api/webhooks';
import type { AppConfig } from './config';
import { dataSourceOptions } from './database/data-source';
import { subscriptionOptions, subscriptionsOverHttpPlugin } from './subscriptions';
import { DOMAIN_MODULES, IN_TRANSACTION_HANDLERS, OUTBOX_CONSUMERS } from './domains';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Build the schema without connecting (schema:write, the drift test). */
  withoutDatabase?: boolean;
}

/** The keyset connections a payload can reach and their cursors' sort keys (a person's ideas are newest first; people by name). */
const PAYLOAD_CURSOR_KEYS = {
  IdeaConnection: CURSOR_KEYS.timestamp,
  PersonConnection: CURSOR_KEYS.text,
  // a campaign's ideas are ordered by a count or by time, depending on orderBy (the resolver checks which)
  CampaignIdeaConnection: (value: unknown) => CURSOR_KEYS.integer(value) || CURSOR_KEYS.timestamp(value),
};

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, withoutDatabase }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(databaseUrl, { poolSize: config.dbPoolSize, statementTimeoutMs: config.statementTimeoutMs }),
            manualInitialization: withoutDatabase ?? false,
          }),
          // each request takes at most a few of the pool's connections at once (asOneRequest, in app.ts)
          dataSourceFactory: async (options) => limitConnectionsPerRequest(new DataSource(options!)),
        }),
        CoreModule.forRoot({ inTransactionHandlers: IN_TRANSACTION_HANDLERS, outboxConsumers: OUTBOX_CONSUMERS, databaseUrl: withoutDatabase ? null : databaseUrl }),
        RateLimitsModule.forRoot({ settings: config.rateLimits, databaseUrl }),
        AuthModule.forRoot({
          devSignIn: config.devSignIn,
          devSignInExposed: config.devSignInExposed,
          secureCookies: config.secureCookies,
          sessionIdleHours: config.sessions.idleHours,
          sessionMaxDays: config.sessions.maxDays,
        }),
        LedgerModule.settings({ anchorsFile: config.ledgerAnchorsFile, anchoring: !withoutDatabase, anchorEveryMinutes: config.ledgerAnchorMinutes }),
        ReviewModule.settings(config.review),
        MailModule.settings(config.mail),
        WebhooksModule.settings(config.webhooks),
        ...DOMAIN_MODULES,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService, RateLimits, ModuleRef],
          useFactory: (auth: AuthService, rateLimits: RateLimits, moduleRef: ModuleRef) => ({
            path: '/graphql',
            subscriptions: { 'graphql-ws': subscriptionOptions(auth, () => moduleRef.get(GraphQLSchemaHost, { strict: false }).schema) },
            autoSchemaFile: true,
            sortSchema: true,
            graphiql: false, // our own, bundled GraphiQL is served by main.ts (no CDN)
            introspection: true, // who may introspect is the access gate's (KINDLING_INTROSPECTION)
            // no "Did you mean …?" schema hints in errors unless introspection is open to anyone
            hideSchemaDetailsFromClientErrors: config.introspection !== 'on',
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphQLError,
            // graphql-js stops lexing past this many tokens, before building any document
            parseOptions: { maxTokens: MAX_QUERY_TOKENS },
            plugins: [
              ApolloServerPluginLandingPageDisabled(),
              requestBudgetPlugin(config.requestBudgetMs),
              {
                // a read-only API token cannot run mutations: refused before anything runs
                async requestDidStart() {
                  return {
                    async didResolveOperation({ operation, contextValue }) {
                      if (operation) auth.checkOperation((contextValue as RequestContext).req, operation.operation);
                    },
                  };
                },
              },
              {
                async requestDidStart() {
                  return {
                    async didResolveOperation({ request, document, schema }) {
                      checkQueryLimits(schema, document, request.operationName, request.variables ?? {});
                      checkNoNulCharacters(request.query, document, request.variables ?? {});
                      checkPageSizes(schema, document, request.variables ?? {});
                      checkMutationPayloadArguments(schema, document, request.operationName, request.variables ?? {}, PAYLOAD_CURSOR_KEYS);
                    },
                  };
                },
              },
              accessGatePlugin(config.introspection),
              subscriptionsOverHttpPlugin,
              rateLimitPlugin(rateLimits),
            ],
            context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => ({
              req,
              res,
              viewer: await auth.viewerFrom(req, res),
              cache: new Map(),
            }),
          }),
        }),
      ],
    };
  }
}
