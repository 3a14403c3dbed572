/**
 * One Chromium per Vitest worker, shared by the test files the worker runs
 * one after another (workers are reused across files: isolate: false in
 * tests/vitest.config.ts). Launching Chromium and warming it up cost about a
 * CPU-second a file. A file borrows the browser in its beforeAll and gives it
 * back in its afterAll, which closes every context (pages, cookies, cache) the
 * file opened, so nothing of one file reaches the next. A browser that
 * crashed or disconnected is launched again; the worker's exit ends it.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/chromium.ts';

let shared: Promise<Browser> | undefined;

export async function borrowChromium(): Promise<Browser> {
  const browser = await shared?.catch(() => undefined);
  if (browser?.isConnected()) return browser;
  shared = launchChromium();
  return shared;
}

/** Closes the contexts the file opened; the browser stays for the worker's next file. */
export async function returnChromium(browser: Browser | undefined): Promise<void> {
  if (browser?.isConnected()) await Promise.all(browser.contexts().map((context) => context.close()));
}
