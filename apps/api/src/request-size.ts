import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, RequestReason } from '@kindling/shared/errors';
import { MAX_BODY_BYTES, MAX_QUERY_LENGTH } from '@kindling/api/core';

function refuse(res: Response, status: number, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BadUserInput, reason: RequestReason.DOCUMENT_TOO_LARGE } }] });
}

/**
 * Size limits checked before GraphQL sees a request: a JSON body over MAX_BODY_BYTES is refused by the body
 * parser itself (413, nothing read beyond the limit), a query text over MAX_QUERY_LENGTH characters with 400.
 * Both answer like any other refusal: BAD_USER_INPUT with the reason DOCUMENT_TOO_LARGE.
 */
export function useRequestSizeLimits(app: NestExpressApplication): void {
  // replaces Nest's default JSON parser (100 KB) with one of our limit
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.use((error: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') return refuse(res, 413, `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
    next(error);
  });
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const query: unknown = req.method === 'POST' ? req.body?.query : req.query.query;
    if (typeof query === 'string' && query.length > MAX_QUERY_LENGTH) return refuse(res, 400, `The query is longer than ${MAX_QUERY_LENGTH / 1024} K characters.`);
    next();
  });
}
