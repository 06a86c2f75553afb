/**
 * The load driver: bounded loops of HTTP requests over loopback (a fixed number of requests, a small
 * fixed concurrency, a time cap), timing each request from send to last byte.
 */
import http from 'node:http';

export interface HttpResult {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** Requests re-sent because a kept-alive socket was closed by the server as it was reused (counted, reported). */
export const retried = { count: 0 };

export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
  attempt = 0,
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // Node's documented keep-alive race: the server closed an idle socket just as it was reused; the
      // request never reached the server, so it is sent again (once).
      if (req.reusedSocket && attempt === 0 && (error.code === 'ECONNRESET' || error.message === 'socket hang up')) {
        retried.count++;
        httpRequest(url, options, 1).then(resolve, reject);
      } else {
        reject(error);
      }
    });
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

export async function getJson<T = any>(url: string): Promise<T> {
  return JSON.parse((await httpRequest(url)).text) as T;
}

export interface LoadResult {
  /** Milliseconds per completed request, in completion order. */
  latencies: number[];
  errors: number;
  firstError: string | null;
  wallMs: number;
  capped: boolean;
}

/**
 * Sends `requests` requests (call i gets index i) with `concurrency` in flight, stopping early
 * (capped = true) once `capMs` has passed. A request fails when `call` throws.
 */
export async function runLoad(call: (i: number) => Promise<void>, requests: number, concurrency: number, capMs: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  let capped = false;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      if (next >= requests) return;
      if (performance.now() - started > capMs) {
        capped = true;
        return;
      }
      const i = next++;
      const t = performance.now();
      try {
        await call(i);
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors, firstError, wallMs: performance.now() - started, capped };
}

export interface Summary {
  n: number;
  errors: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  meanMs: number;
  /** Completed requests per second of wall time. */
  throughput: number;
  capped: boolean;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarise(results: LoadResult[]): Summary {
  const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const wall = results.reduce((s, r) => s + r.wallMs, 0);
  return {
    n: all.length,
    errors: results.reduce((s, r) => s + r.errors, 0),
    medianMs: percentile(all, 50),
    p95Ms: percentile(all, 95),
    minMs: all[0] ?? NaN,
    maxMs: all[all.length - 1] ?? NaN,
    meanMs: all.reduce((s, x) => s + x, 0) / Math.max(1, all.length),
    throughput: (all.length / wall) * 1000,
    capped: results.some((r) => r.capped),
  };
}
