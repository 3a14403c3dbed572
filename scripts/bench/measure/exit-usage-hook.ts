/**
 * Preloaded (node --import) into a measured child: at exit it writes the
 * process's own peak resident memory (getrusage maxRSS: exact, unlike
 * sampling) and CPU time (all its threads) to the file named by
 * BENCH_USAGE_FILE. Helper processes are sampled by peak-memory.ts. Not a heap
 * flag: V8's default limits stay as a user's build would have them.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes, CPU times in microseconds.
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    writeFileSync(target, JSON.stringify({ peakBytes: usage.maxRSS * 1024, cpuSeconds }));
  });
}
