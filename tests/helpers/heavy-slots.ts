/**
 * At most two heavy processes at a time across the whole test run — a real
 * build, a Chromium, Lighthouse, the Java HTML checker, `astro check` — however
 * many Vitest workers are running test files: on a 2-core machine a third
 * would only slow the other two down and leave the machine unusable.
 *
 * The slots are files in a folder every worker process sees (HEAVY_SLOTS_DIR,
 * made by tests/global-setup.ts for the run): a waiter takes a ticket in
 * queue/ and a slot in held/ once its ticket is among the first of the queue,
 * so waiters are served in order and a test file that waits for one slot is
 * not starved by a file that runs builds two at a time. A file whose process
 * died is dropped. Without the folder (a test file run by other means), slots
 * are counted in this process alone.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll } from 'vitest';

/** How many heavy processes may run at once (HEAVY_SLOTS overrides it, e.g. 1 on a single core). */
export const heavySlotCount = Number(process.env.HEAVY_SLOTS ?? 2);

const dir = process.env.HEAVY_SLOTS_DIR;
const queueDir = dir && join(dir, 'queue');
const heldDir = dir && join(dir, 'held');
let tickets = 0;
let heldHere = 0;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The entries of a slot folder, sorted, without those of processes that have died. */
function liveEntries(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => {
      if (alive(Number(name.split('-')[1]))) return true;
      rmSync(join(folder, name), { force: true });
      return false;
    })
    .sort();
}

/** Waits for a slot; call the returned function (once) to give it back. */
export async function takeHeavySlot(): Promise<() => void> {
  if (!queueDir || !heldDir) {
    while (heldHere >= heavySlotCount) await sleep(50);
    heldHere += 1;
    return once(() => (heldHere -= 1));
  }
  mkdirSync(queueDir, { recursive: true });
  mkdirSync(heldDir, { recursive: true });
  // Time first, so tickets sort in the order they were taken across processes.
  const ticket = `${String(Date.now()).padStart(15, '0')}-${process.pid}-${String((tickets += 1)).padStart(6, '0')}`;
  writeFileSync(join(queueDir, ticket), '');
  for (;;) {
    // The queue is read before the held slots: a slot is written before its ticket is removed.
    const position = liveEntries(queueDir).indexOf(ticket);
    const free = heavySlotCount - liveEntries(heldDir).length;
    if (position >= 0 && position < free) {
      writeFileSync(join(heldDir, ticket), '');
      rmSync(join(queueDir, ticket), { force: true });
      return once(() => rmSync(join(heldDir, ticket), { force: true }));
    }
    await sleep(100);
  }
}

/** Runs `job` in a heavy slot. */
export async function inHeavySlot<T>(job: () => Promise<T> | T): Promise<T> {
  const release = await takeHeavySlot();
  try {
    return await job();
  } finally {
    release();
  }
}

/**
 * Holds a slot for the rest of the describe block (or file) it is called in:
 * taken before the block's other beforeAll hooks, given back after its
 * afterAll hooks. Call it first, e.g. before opening a browser.
 */
export function useHeavySlot(): void {
  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await takeHeavySlot();
  });
  afterAll(() => release?.());
}

function once(release: () => void): () => void {
  let done = false;
  return () => {
    if (!done) release();
    done = true;
  };
}
