import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { AppConfig } from './config';
import { RateLimits, asOneRequest } from '@kindling/api/core';
import { UnsubscribeRoutes } from '@kindling/api/mail';
import { AppModule } from './app.module';
import { useRequestSizeLimits } from './request-size';

/**
 * Security headers on every response: the web app and GraphiQL load only their own bundled files (no inline
 * scripts, no CDN), nobody may frame a page unless configured (clickjacking), no MIME sniffing, no referrer
 * leaves the site. Inline style attributes stay allowed: the lineage graph and charts position elements with them.
 */
function securityHeaders(frameAncestors: string[]): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        frameAncestors: frameAncestors.length ? frameAncestors : ["'none'"],
        objectSrc: ["'none'"],
        // plain http on a company network or localhost is allowed; HTTPS is the reverse proxy's business
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // X-Frame-Options cannot name origins: with allowed framers, CSP frame-ancestors alone decides
    xFrameOptions: frameAncestors.length ? false : { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false, // sent below, only over HTTPS
  };
}

/** HSTS only on responses that went out over HTTPS (directly or through a trusted proxy): on plain http it would lock users out. */
const hstsWhenSecure: express.RequestHandler = (() => {
  const hsts = helmet.strictTransportSecurity({ maxAge: 180 * 86_400 });
  return (req, res, next) => (req.secure ? hsts(req, res, next) : next());
})();

/** The Nest application with everything mounted: /graphql, the bundled GraphiQL and the web app. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl }), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  app.use(helmet(securityHeaders(config.frameAncestors)));
  app.use(hstsWhenSecure);
  // behind a reverse proxy that terminates HTTPS, req.secure (Secure cookies) and req.ip come from its X-Forwarded-* headers
  app.set('trust proxy', config.trustProxy);
  app.use(cookieParser());
  app.use('/graphql', app.get(RateLimits).concurrencyCap());
  // one-click unsubscribe from e-mail, without signing in (outside GraphQL, before the web app's fallback)
  app.use('/unsubscribe', app.get(RateLimits).concurrencyCap(), app.get(UnsubscribeRoutes).router());
  useRequestSizeLimits(app);
  // one request's statements share a few pool connections, so a request that fans out cannot starve the others
  app.use('/graphql', (_req: express.Request, _res: express.Response, next: express.NextFunction) => asOneRequest(next));
  app.enableShutdownHooks();
  mountWeb(app, config.webDir);
  await app.init();
  return app;
}

/**
 * Serves the built web app (SPA fallback) and GraphiQL: a browser opening /graphql gets the
 * GraphiQL page, API clients get GraphQL. Both come from the web build; nothing from a CDN.
 */
function mountWeb(app: NestExpressApplication, webDir: string): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  const hasWeb = existsSync(path.join(webDir, 'index.html'));
  http.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html' || req.query.query) return next();
    const page = path.join(webDir, 'graphiql.html');
    if (existsSync(page)) return res.sendFile(page);
    res.status(503).type('text/plain').send('GraphiQL is not built yet: run `npm run build:web`.');
  });
  if (!hasWeb) return;
  http.use(express.static(webDir, { index: false, maxAge: '1h' }));
  http.get(/^\/(?!graphql).*/, (req, res, next) => {
    if (req.method !== 'GET' || !req.accepts('html')) return next();
    res.sendFile(path.join(webDir, 'index.html'));
  });
}

/** The GraphQL schema as SDL, built from the code without a database (for schema.graphql). */
export async function printApiSchema(config: AppConfig): Promise<string> {
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: 'postgres://unused/unused', withoutDatabase: true }), { logger: false });
  await app.init();
  const { schema } = app.get(GraphQLSchemaHost);
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Listens on the app's HTTP server directly, so a busy port is an error for the caller to word (Nest would log a stack). */
export async function listen(app: NestExpressApplication, port: number, host: string): Promise<void> {
  const server = app.getHttpServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
