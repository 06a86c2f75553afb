import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { CoreModule, type RequestContext, accessGatePlugin, checkPageSizes, checkQueryLimits, formatGraphQLError } from '@kindling/api/core';
import { RateLimits, RateLimitsModule, rateLimitPlugin } from '@kindling/api/core';
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
        RateLimitsModule.forRoot({ settings: config.rateLimits, databaseUrl }),
        AuthModule.forRoot({ sessionSecret: config.sessionSecret, devSignIn: config.devSignIn, secureCookies: config.secureCookies }),
        ...DOMAIN_MODULES,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService, RateLimits],
          useFactory: (auth: AuthService, rateLimits: RateLimits) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            graphiql: false, // our own, bundled GraphiQL is served by main.ts (no CDN)
            introspection: true, // who may introspect is the access gate's (KINDLING_INTROSPECTION)
            // no "Did you mean …?" schema hints in errors unless introspection is open to anyone
            hideSchemaDetailsFromClientErrors: config.introspection !== 'on',
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
                    },
                  };
                },
              },
              accessGatePlugin(config.introspection),
              rateLimitPlugin(rateLimits),
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
