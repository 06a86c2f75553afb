import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveTarget } from './ssrf-guard';

/** A new signing secret: `whsec_` and the base64 of 32 random bytes (Standard Webhooks). */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret's decoded bytes. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export interface Attempt {
  url: string;
  messageId: string;
  body: string;
  /** The current secret first, then the previous one during a rotation's overlap: each signs. */
  secrets: string[];
  allowPrivate: boolean;
}

/** What an attempt came to: a status code, or an error worded for the delivery log (never internals). */
export interface AttemptResult {
  status: number | null;
  error: string | null;
}

const TIMEOUT_MS = 10_000;
/** Only so much of a response is read: the status is what counts. */
const MAX_RESPONSE_BYTES = 4096;
export const USER_AGENT = 'Kindling-Webhooks/1.0';

/**
 * One POST of a message, signed afresh (a new `webhook-timestamp` per attempt). The host is resolved and
 * checked by the SSRF guard, and the connection goes to that very address; redirects are not followed;
 * a 10 s timeout covers connecting and the response; at most 4 KB of the response are read.
 */
export async function attempt(a: Attempt): Promise<AttemptResult> {
  const url = new URL(a.url);
  const target = await resolveTarget(url, a.allowPrivate);
  if (!target.ok) return { status: null, error: target.why === 'UNRESOLVED' ? 'host name does not resolve' : 'address not allowed' };
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'webhook-id': a.messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': a.secrets.map((s) => sign(s, a.messageId, timestamp, a.body)).join(' '),
    'content-length': String(Buffer.byteLength(a.body)),
  };
  const pinned: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    const request = client.request(url, { method: 'POST', headers, lookup: pinned, timeout: TIMEOUT_MS, agent: false }, (response) => {
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) response.destroy();
      });
      const done = () => resolve({ status: response.statusCode ?? null, error: null });
      response.on('end', done);
      response.on('close', done);
      response.on('error', done);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, error: describe(error) }));
    request.end(a.body);
  });
}

function describe(error: NodeJS.ErrnoException): string {
  if (error.message === 'timeout') return 'timed out after 10 s';
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    default:
      return error.code?.startsWith('ERR_TLS') || error.code?.includes('CERT') ? 'TLS error' : 'connection failed';
  }
}
