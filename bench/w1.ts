/**
 * W1: the lineage graph in a real browser, beside its floor — the same page, the same drag and the same graph
 * component with a family of 2 ideas (what Chromium gives this gesture with almost nothing to draw).
 *
 *   node scripts/run.mjs bench/w1.ts [--sizes 200,1000] [--runs 3]
 *
 * Builds the web app (Nx cache), starts the real server on a throw-away embedded PostgreSQL (demo data, as
 * `npm start` does), signs in through the page in Debian's Chromium (headless) and opens `/lab/lineage?n=N`,
 * every branch expanded (the stress case). Per size it reports the layout time, and the frame intervals while
 * the pane is dragged: median, p95 and their ratio to the floor's. Loopback only; bounded by runs × sizes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '200,1000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const FLOOR = 2;
const log = (line: string) => console.log(`[w1] ${line}`);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const median = (xs: number[]) => quantile(xs, 0.5);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One opening and one drag of the lab page: the layout time and every frame interval during the drag. */
async function measure(page: Page, base: string, n: number): Promise<{ layout: number; frames: number[] }> {
  await page.goto(`${base}/lab/lineage?n=${n}`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500); // let the first paint settle
  const layout = await page.evaluate(() => performance.getEntriesByName('kindling:lineage-layout').at(-1)?.duration ?? NaN);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.evaluate(() => {
    // runs in the page; the bench compiles without the DOM's types
    const w = globalThis as unknown as { benchFrames: number[]; benchStop: boolean; requestAnimationFrame: (tick: (now: number) => void) => void };
    w.benchFrames = [];
    w.benchStop = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.benchFrames.push(now - last);
      last = now;
      if (!w.benchStop) w.requestAnimationFrame(tick);
    };
    w.requestAnimationFrame(tick);
  });
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) await page.mouse.move(pane.x + pane.width / 2 - (i % 30) * 12, pane.y + pane.height / 2 - (i % 45) * 5);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = globalThis as unknown as { benchFrames: number[]; benchStop: boolean };
    w.benchStop = true;
    return w.benchFrames.slice(1);
  });
  return { layout, frames };
}

async function main(): Promise<void> {
  const build = spawnSync(path.join(root, 'node_modules/.bin/nx'), ['run', 'web:build', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the web build failed');

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kindling-w1-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  const server = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: String(port), KINDLING_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the server did not get ready in 5 minutes:\n${out}`)), 300_000);
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('[kindling] ready')) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${out}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' })).newPage();
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /^Sign in as / }).first().click();
    await page.locator('nav.k-nav').waitFor();

    const rows: Array<{ n: number; layout: number; median: number; p95: number; frames: number }> = [];
    for (const n of [FLOOR, ...SIZES]) {
      const layouts: number[] = [];
      const frames: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const m = await measure(page, base, n);
        layouts.push(m.layout);
        frames.push(...m.frames);
      }
      rows.push({ n, layout: median(layouts), median: median(frames), p95: quantile(frames, 0.95), frames: frames.length });
      log(`${n} ideas: layout ${median(layouts).toFixed(0)} ms, ${frames.length} frames, median ${median(frames).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms`);
    }
    const floor = rows[0];
    console.log(`\nW1 — lineage graph while dragging the pane, ${RUNS} runs per size, load average ${os.loadavg()[0].toFixed(1)}`);
    console.log('| ideas | layout ms | frames | median frame ms | p95 frame ms | median × floor | p95 × floor |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const label = r.n === FLOOR ? `${r.n} (floor)` : String(r.n);
      console.log(`| ${label} | ${r.layout.toFixed(0)} | ${r.frames} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.median / floor.median).toFixed(2)} | ${(r.p95 / floor.p95).toFixed(2)} |`);
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
