/** What the figures were measured on: machine, Node, Chromium and package versions. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, hasChromium } from '../shared/chromium.ts';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  packages: Record<string, string>;
}

/** The 1-minute load average: other work on a shared machine slows builds down. */
export const currentLoad = () => Math.round(loadavg()[0]! * 100) / 100;

const PACKAGES = ['astro', 'vite', '@astrojs/markdown-remark', 'pagefind', 'playwright-core'];

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

function installedVersion(repoRoot: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export function describeMachine(repoRoot: string): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium: hasChromium ? execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() : 'not installed',
    packages: Object.fromEntries(PACKAGES.map((name) => [name, installedVersion(repoRoot, name)])),
  };
}
