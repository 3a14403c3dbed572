/**
 * Peak memory of a child process and everything it starts (Pagefind runs a
 * native binary, Astro may start esbuild). Linux only: samples VmRSS of the
 * process tree from /proc. The exact peak of the main Node process comes
 * from getrusage, written at exit by exit-rss-hook.ts.
 */
import { readFileSync } from 'node:fs';

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

export interface TreeSampler {
  /** Stops sampling; returns the highest summed resident memory seen, in bytes. */
  stop(): number;
}

export function sampleTreeMemory(rootPid: number, intervalMs = 100): TreeSampler {
  let peak = 0;
  const sample = () => {
    const total = descendants(rootPid).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
