/**
 * The floor server: a bare node:http handler over plain `pg` (see floor.ts), in its own process.
 *   GET  /p1?first=50        top ideas with authors and credit
 *   GET  /c1?id=<local id>   one idea's title and credit
 *   GET  /p2?id=<local id>   lineage (ancestors + descendants), flat
 *   GET  /person-credit?id=<local person id>&first=50   a person's name and the ideas they hold a share in (P6)
 *   POST /p3                 {parentIds, title, body} with Authorization: Bearer <token>
 * Prints {"ready":true,"port":…,"statsPort":…} when listening.
 */
import http from 'node:http';
import { Floor } from './floor';
import { KEEP_ALIVE_MS, announce, startStatsServer } from './stats';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const floor = new Floor(url);

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const server = http.createServer(async (req, res) => {
  try {
    const u = new URL(req.url ?? '/', 'http://floor');
    if (req.method === 'GET' && u.pathname === '/p1') return send(res, 200, await floor.topIdeas(Number(u.searchParams.get('first') ?? 50)));
    if (req.method === 'GET' && u.pathname === '/c1') return send(res, 200, await floor.ideaCredit(String(u.searchParams.get('id'))));
    if (req.method === 'GET' && u.pathname === '/p2') return send(res, 200, await floor.lineage(String(u.searchParams.get('id'))));
    if (req.method === 'GET' && u.pathname === '/person-credit') {
      return send(res, 200, await floor.personCredit(String(u.searchParams.get('id')), Number(u.searchParams.get('first') ?? 50)));
    }
    if (req.method === 'POST' && u.pathname === '/p3') {
      const auth = req.headers.authorization;
      const result = await floor.buildOn(auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined, JSON.parse(await readBody(req)));
      return send(res, result.status, result.body);
    }
    send(res, 404, { errors: [{ message: 'not found' }] });
  } catch (error) {
    send(res, 500, { errors: [{ message: (error as Error).message }] });
  }
});
server.keepAliveTimeout = KEEP_ALIVE_MS;
server.headersTimeout = KEEP_ALIVE_MS + 5_000;

server.listen(0, '127.0.0.1', async () => {
  const statsPort = await startStatsServer(() => floor.statements);
  announce({ port: (server.address() as { port: number }).port, statsPort });
});

const stop = async () => {
  server.close();
  await floor.pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
