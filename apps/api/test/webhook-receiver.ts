import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a receiver got, as the endpoint saw it. */
export interface Received {
  headers: Record<string, string>;
  body: string;
  /** The status the receiver answered. */
  status: number;
}

/**
 * A real webhook endpoint on 127.0.0.1: records every POST and answers `status` (200 unless told otherwise).
 * It can go down (`close`) and come back up on the same port (`open`), as an intranet's receiver does.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  status = 200;
  private server: http.Server | null = null;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** The requests answered 2xx, by webhook-id. */
  delivered(): Received[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300);
  }

  async open(): Promise<this> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        this.received.push({ headers, body: Buffer.concat(chunks).toString('utf8'), status: this.status });
        res.writeHead(this.status, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections());
  }
}
