/**
 * Preloaded (node --import) into a measured child: at exit it writes the
 * process's own peak resident memory (getrusage maxRSS: exact, unlike
 * sampling) and the CPU time of the process and of the children it waited
 * for (Pagefind's binary) to the file named by BENCH_USAGE_FILE. Not a heap
 * flag: V8's default limits stay as a user's build would have them.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

/** cutime + cstime from /proc/self/stat (fields 16 and 17), in seconds. */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 of the file (state), so field n is fields[n - 3].
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0; // not Linux: children's CPU time unknown
  }
}

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes, CPU times in microseconds.
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6 + childrenCpuSeconds();
    writeFileSync(target, JSON.stringify({ peakBytes: usage.maxRSS * 1024, cpuSeconds }));
  });
}
