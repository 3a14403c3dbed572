/**
 * Runs one measured step (astro build, Pagefind indexing) as a child Node
 * process: wall-clock time, peak memory, CPU time, and its output kept in a
 * log file so a failure shows what went wrong. The Node process's own peak
 * and CPU time are exact (getrusage, written at exit by exit-usage-hook.ts);
 * the helpers it starts (Pagefind's native binary, esbuild) are sampled from
 * /proc, Linux only.
 *
 * Why not pidusage: it reads the same /proc files, but only for pids it is
 * given; finding a process tree then needs pidtree, which spawns `ps` at
 * every sample (ten a second, on the two cores being measured). Reading
 * three /proc files per process here is the smaller and quieter choice.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

interface TreeSample {
  /** Highest summed resident memory of the tree seen, in bytes. */
  peakBytes: number;
  /** CPU time of the root's descendants (not the root), as last seen alive. */
  helperCpuSeconds: number;
}

function sampleTree(rootPid: number, intervalMs = 100): { stop(): TreeSample } {
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

export interface StepFigures {
  seconds: number;
  /** Exact peak resident memory of the step's main Node process. */
  peakMainBytes: number;
  /** CPU time of the main Node process (exact) and its helpers (sampled): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Sampled peak of the whole process tree (includes native helpers such as Pagefind's binary). */
  peakTreeBytes: number;
  output: string;
}

const usageHook = join(import.meta.dirname, 'exit-usage-hook.ts');

export async function timedNodeStep(
  label: string,
  script: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; logFile: string },
): Promise<StepFigures> {
  const usageFile = `${options.logFile}.usage.json`;
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', usageHook, script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTree(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const tree = sampler.stop();
  writeFileSync(options.logFile, output);
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-25).join('\n');
    throw new Error(`${label} failed (exit code ${code}). Last lines of ${options.logFile}:\n${tail}`);
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { peakBytes: number; cpuSeconds: number };
  return {
    seconds,
    peakMainBytes: usage.peakBytes,
    cpuSeconds: usage.cpuSeconds + tree.helperCpuSeconds,
    peakTreeBytes: Math.max(tree.peakBytes, usage.peakBytes),
    output,
  };
}
