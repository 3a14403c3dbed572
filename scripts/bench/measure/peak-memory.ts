/**
 * Peak memory and CPU time of the helpers a measured child starts (Pagefind
 * runs a native binary, Astro may start esbuild). Linux only: samples the
 * process tree from /proc. The main Node process's own figures are exact and
 * come from getrusage, written at exit by exit-usage-hook.ts.
 *
 * Why not pidusage: it reads the same /proc files, but only for pids it is
 * given; finding a process tree then needs pidtree, which spawns `ps` at
 * every sample (ten a second, on the two cores being measured). Reading
 * three /proc files per process here is the smaller and quieter choice.
 */
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between two reads
  }
}

function descendants(pid: number): number[] {
  const children = readOr(`/proc/${pid}/task/${pid}/children`).split(' ').filter(Boolean).map(Number);
  return [pid, ...children.flatMap(descendants)];
}

function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

/** utime + stime of one process, in seconds (fields 14 and 15 of /proc/<pid>/stat). */
function cpuSeconds(pid: number): number {
  const stat = readOr(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.length > 12 ? (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND : 0;
}

export interface TreeSample {
  /** Highest summed resident memory of the tree seen, in bytes. */
  peakBytes: number;
  /** CPU time of the root's descendants (not the root), as last seen alive. */
  helperCpuSeconds: number;
}

export function sampleTree(rootPid: number, intervalMs = 100): { stop(): TreeSample } {
  let peakBytes = 0;
  const helperCpu = new Map<number, number>();
  const sample = () => {
    const pids = descendants(rootPid);
    peakBytes = Math.max(peakBytes, pids.reduce((sum, pid) => sum + residentBytes(pid), 0));
    for (const pid of pids.slice(1)) helperCpu.set(pid, Math.max(helperCpu.get(pid) ?? 0, cpuSeconds(pid)));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakBytes, helperCpuSeconds: [...helperCpu.values()].reduce((sum, seconds) => sum + seconds, 0) };
    },
  };
}
