import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { CURSOR_KEYS, CoreModule, type RequestContext, checkMutationPayloadArguments, checkPageSizes, checkQueryLimits, formatGraphQLError } from '@kindling/api/core';
import { AuthModule, AuthService } from '@kindling/api/auth';
import { MAX_HISTORY_PERIODS } from '@kindling/api/credit';
import { MAX_LINEAGE_DEPTH } from '@kindling/api/lineage';
import type { AppConfig } from './config';
import { dataSourceOptions } from './database/data-source';
import { DOMAIN_MODULES, IN_TRANSACTION_HANDLERS } from './domains';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Build the schema without connecting (schema:write, the drift test). */
  withoutDatabase?: boolean;
}

/** The numeric arguments a mutation's payload may take, with the ranges their resolvers accept. */
const PAYLOAD_ARGUMENT_RANGES = { maxDepth: [1, MAX_LINEAGE_DEPTH], periods: [1, MAX_HISTORY_PERIODS] } as const;
/** The keyset connections a payload can reach and their cursors' sort keys (a person's ideas are newest first; people by name). */
const PAYLOAD_CURSOR_KEYS = { IdeaConnection: CURSOR_KEYS.timestamp, PersonConnection: CURSOR_KEYS.text };

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, withoutDatabase }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), manualInitialization: withoutDatabase ?? false }),
        CoreModule.forRoot({ inTransactionHandlers: IN_TRANSACTION_HANDLERS }),
        AuthModule.forRoot({ sessionSecret: config.sessionSecret, devSignIn: config.devSignIn, secureCookies: config.secureCookies }),
        ...DOMAIN_MODULES,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService],
          useFactory: (auth: AuthService) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            graphiql: false, // our own, bundled GraphiQL is served by main.ts (no CDN)
            introspection: true,
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphQLError,
            plugins: [
              ApolloServerPluginLandingPageDisabled(),
              {
                async requestDidStart() {
                  return {
                    async didResolveOperation({ request, document, schema }) {
                      checkQueryLimits(document, request.operationName, request.variables ?? {});
                      checkPageSizes(schema, document, request.variables ?? {});
                      checkMutationPayloadArguments(schema, document, request.operationName, request.variables ?? {}, PAYLOAD_ARGUMENT_RANGES, PAYLOAD_CURSOR_KEYS);
                    },
                  };
                },
              },
            ],
            context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => ({
              req,
              res,
              viewer: await auth.viewerFrom(req),
              cache: new Map(),
            }),
          }),
        }),
      ],
    };
  }
}
