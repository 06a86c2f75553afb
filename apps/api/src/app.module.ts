import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { CoreModule, type RequestContext, checkPageSizes, checkQueryLimits, formatGraphQLError } from '@kindling/api/core';
import { AuthModule, AuthService } from '@kindling/api/auth';
import type { AppConfig } from './config';
import { dataSourceOptions } from './database/data-source';
import { DOMAIN_MODULES, IN_TRANSACTION_HANDLERS } from './domains';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Build the schema without connecting (schema:write, the drift test). */
  withoutDatabase?: boolean;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, withoutDatabase }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), manualInitialization: withoutDatabase ?? false }),
        CoreModule.forRoot({ inTransactionHandlers: IN_TRANSACTION_HANDLERS }),
        AuthModule.forRoot({
          devSignIn: config.devSignIn,
          devSignInExposed: config.devSignInExposed,
          secureCookies: config.secureCookies,
          sessionIdleHours: config.sessions.idleHours,
          sessionMaxDays: config.sessions.maxDays,
        }),
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
                      checkQueryLimits(document, request.operationName, request.variables ?? {});
                      checkPageSizes(schema, document, request.variables ?? {});
                    },
                  };
                },
              },
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
