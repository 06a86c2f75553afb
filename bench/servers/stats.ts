/**
 * A side channel for the benchmark driver, in each server process: statements run so far and the
 * process's memory. RSS is sampled every 20 ms; the peak since the last reset is reported, so each
 * scenario gets its own peak. Served on its own port so the measured server is left untouched.
 */
import http from 'node:http';

/** Idle kept-alive connections stay open this long on every server the driver talks to (Node's default is 5 s). */
export const KEEP_ALIVE_MS = 120_000;

export interface ServerStats {
  statements: number;
  rss: number;
  peakRss: number;
  heapUsed: number;
  /** Lifetime peak RSS of the process, from the kernel. */
  maxRss: number;
  /** CPU time of the process so far (user + system). */
  cpuMs: number;
}

/** `routes`: extra JSON endpoints of this process (e.g. the API's statement trace). */
export function startStatsServer(statements: () => number, routes: Record<string, () => unknown> = {}): Promise<number> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }, 20);
  timer.unref();
  const snapshot = (): ServerStats => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
    const cpu = process.cpuUsage();
    return { statements: statements(), rss, peakRss: peak, heapUsed: process.memoryUsage().heapUsed, maxRss: process.resourceUsage().maxRSS * 1024, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  const server = http.createServer((req, res) => {
    if (req.url === '/reset') peak = process.memoryUsage.rss();
    if (req.url === '/gc' && typeof globalThis.gc === 'function') globalThis.gc();
    res.setHeader('content-type', 'application/json');
    const route = routes[req.url ?? ''];
    res.end(JSON.stringify(route ? route() : snapshot()));
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 5_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

/** Tells the parent process where to reach this server (one JSON line on stdout). */
export function announce(ports: { port: number; statsPort: number }): void {
  process.stdout.write(`${JSON.stringify({ ready: true, ...ports })}\n`);
}
