/**
 * Once per test run, in Vitest's main process: the folder of heavy slots that
 * every worker shares (tests/helpers/heavy-slots.ts), removed at the end.
 * Workers inherit HEAVY_SLOTS_DIR from this process's environment; one set
 * beforehand is used as it is (e.g. to share the slots with another run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): (() => void) | undefined {
  if (process.env.HEAVY_SLOTS_DIR) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'stameq-heavy-slots-'));
  process.env.HEAVY_SLOTS_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
