import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { GraphQLClient, createTestDatabase, errorReasons, freePort, tempDir } from '@kindling/api/testing';
import { REPO_ROOT } from '../src/config';

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  waitFor: (text: RegExp, ms?: number) => Promise<void>;
  signal: (s: NodeJS.Signals) => void;
  terminate: () => void;
}

const runs: Run[] = [];

/** `npm start` as a newcomer runs it: the real main.ts in a child process. */
function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run.mjs'), 'apps/api/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', KINDLING_WEB_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, like a terminal's foreground job
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const run: Run = {
    output: () => output,
    exited,
    signal: (s) => process.kill(-child.pid!, s), // Ctrl-C signals the whole foreground group
    terminate: () => process.kill(child.pid!, 'SIGTERM'), // kill, systemd, Docker: the server process alone
    waitFor: async (text, ms = 90_000) => {
      const until = Date.now() + ms;
      while (!text.test(output)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`did not see ${text}; output:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
  child.on('exit', () => runs.splice(runs.indexOf(run), 1));
  runs.push(run);
  return run;
}

/** A failed assertion must not leave a server (and its PostgreSQL) running. */
async function stopAll(): Promise<void> {
  for (const run of [...runs]) {
    run.signal('SIGINT');
    await run.exited;
  }
}
afterEach(stopAll);

describe('starting the server', () => {
  it('says in one line that a broken DATABASE_URL cannot be used', async () => {
    const run = start({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/nothing', PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[kindling\] cannot use the database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/nothing: .+Check DATABASE_URL\.$/);
  });

  it('refuses in one line to start with dev sign-in on by default and a host other machines can reach', async () => {
    const run = start({ HOST: '0.0.0.0', PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[kindling\] dev sign-in is on and HOST=0\.0\.0\.0 lets other machines reach this server: set HOST=127\.0\.0\.1, or KINDLING_DEV_SIGN_IN=false, or KINDLING_DEV_SIGN_IN=true .+\.$/);
  });

  it('says loudly when dev sign-in is on on purpose for a reachable host', async () => {
    const database = await createTestDatabase();
    try {
      const port = await freePort();
      const run = start({ DATABASE_URL: database.url, HOST: '0.0.0.0', KINDLING_DEV_SIGN_IN: 'true', KINDLING_DEMO_DATA: 'false', PORT: String(port) });
      await run.waitFor(/ready:/);
      await run.waitFor(/WARNING: dev sign-in is on and the server listens on 0\.0\.0\.0: anyone who can reach port \d+ can act as any person/);
    } finally {
      await stopAll();
      await database.drop();
    }
  }, 60_000);

  it('starts an embedded PostgreSQL with the demo organisation, stops it on Ctrl-C, reuses the data, and explains a busy port', async () => {
    const data = tempDir('kindling-start-');
    const port = await freePort();
    const env = { KINDLING_DATA_DIR: data.dir, EMBEDDED_PG_PORT: String(await freePort()), PORT: String(port) };
    try {
      const first = start(env);
      // a first start says at once that it is loading (a bounded wait: slow under CI's load, not a timing assertion)
      await first.waitFor(/first start: loading the demo organisation/, 60_000);
      await first.waitFor(/ready: http:\/\/127\.0\.0\.1:\d+\//, 300_000);
      expect(first.output()).toMatch(/loaded the demo organisation: \d+ people, \d+ ideas/);
      // a newcomer: nothing but the sign-in picker until they choose a person
      const client = new GraphQLClient(`http://127.0.0.1:${port}`);
      const query = '{ ideas { totalCount } departments { name } verifyLedger { intact } }';
      expect(errorReasons(await client.request(query))).toEqual(['SIGN_IN_REQUIRED']);
      const { devSignInPeople } = await client.ok('{ devSignInPeople(first: 1) { edges { node { id } } } }');
      await client.signInAs(devSignInPeople.edges[0].node.id);
      const result = await client.ok(query);
      expect(result.ideas.totalCount).toBeGreaterThanOrEqual(150);
      expect(result.departments.length).toBeGreaterThanOrEqual(8);
      expect(result.verifyLedger.intact).toBe(true);

      // a second server on the same port: one clear line, exit 1
      const busy = start({ ...env, EMBEDDED_PG_PORT: env.EMBEDDED_PG_PORT });
      expect(await busy.exited).toBe(1);
      expect(busy.output().trim()).toBe(`[kindling] port ${port} is already in use: stop the other process or set PORT to a free port.`);

      first.signal('SIGINT');
      const code = await first.exited;
      // on failure, what the server said on its way out
      expect({ code, output: code === 0 ? '' : first.output() }).toEqual({ code: 0, output: '' });
      const probe = createServer();
      await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(Number(env.EMBEDDED_PG_PORT), '127.0.0.1', () => probe.close(() => resolve())));

      const second = start(env);
      await second.waitFor(/ready:/);
      expect(second.output()).not.toMatch(/loaded the demo organisation/);
      // a write just before a stop is anchored on the way out, while the embedded PostgreSQL still runs
      const again = new GraphQLClient(`http://127.0.0.1:${port}`);
      await again.signInAs(devSignInPeople.edges[0].node.id);
      await again.ok(`mutation { postIdea(input: { title: "Posted just before a stop", body: "Anchored at shutdown." }) { idea { id } } }`);
      second.terminate();
      expect(await second.exited).toBe(0);
      expect(second.output()).toMatch(/ledger anchored: head entry \d+ [0-9a-f]{64} \(1 new entry\)/);
      expect(second.output()).not.toMatch(/anchoring at shutdown failed/);
    } finally {
      await stopAll();
      data.remove();
    }
  }, 480_000);
});
