/**
 * CPU time from /proc (Linux): on a shared, noisy machine the CPU seconds a piece of work costs are far
 * steadier than its wall time. PostgreSQL's is the postmaster's own and reaped children's time plus
 * that of its live backends.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcTimes {
  ppid: number;
  /** utime + stime of the process itself. */
  own: number;
  /** cutime + cstime: children it has waited for. */
  children: number;
}

function procTimes(pid: number | 'self'): ProcTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the parenthesised command name (which may contain spaces)
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), own: (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND, children: (Number(f[13]) + Number(f[14])) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** CPU seconds of this process and the children it has waited for (e.g. a finished CLI). */
export function selfCpuSeconds(): number {
  const t = procTimes('self');
  return t ? t.own + t.children : process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;
}

/** CPU seconds of a PostgreSQL server (postmaster tree), or null when it is not on this machine. */
export function postgresCpuSeconds(postmasterPid: number | null): number | null {
  if (!postmasterPid) return null;
  const root = procTimes(postmasterPid);
  if (!root) return null;
  let total = root.own + root.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const t = procTimes(Number(entry));
    if (t && t.ppid === postmasterPid) total += t.own;
  }
  return total;
}

/** The postmaster's pid, read from its data directory (needs a superuser, and the server on this machine). */
export async function postmasterPid(client: pg.Client): Promise<number | null> {
  try {
    const dir = (await client.query('SHOW data_directory')).rows[0].data_directory as string;
    const file = path.join(dir, 'postmaster.pid');
    if (!existsSync(file)) return null;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return procTimes(pid) ? pid : null;
  } catch {
    return null;
  }
}
