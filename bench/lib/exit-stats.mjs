// Preloaded (node --import) into a process the benchmark starts and waits for, such as the product's
// credit:recompute CLI: when the process exits, writes its peak RSS and CPU time to the file named by
// BENCH_EXIT_STATS (the process itself is left as it is).
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_EXIT_STATS;
if (file) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ peakRssBytes: process.resourceUsage().maxRSS * 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
  });
}
