/**
 * Runs one measured step (astro build, Pagefind indexing) as a child Node
 * process: wall-clock time, peak memory, CPU time, and its output kept in a log file
 * so a failure shows what went wrong.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleTree } from './peak-memory.ts';

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
