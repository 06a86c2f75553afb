// Stops the server started by global-setup.js (and with it its embedded PostgreSQL), removes its data.
import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.__kindlingServer;
  if (!server) return;
  const { child, dataDir, serverLog } = server;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timeout = new Promise((resolve) => setTimeout(resolve, 20_000));
    await Promise.race([exited, timeout]);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
  await new Promise((resolve) => serverLog.end(resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
