/**
 * Debian's Chromium driven by playwright-core (a test tool's own browser
 * download cannot work here). When Chromium is missing, browser tests are
 * skipped with a loud message — except under CI (CI=true), where a missing
 * browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  const message = `Chromium not found at ${chromiumPath}: browser tests cannot run. Install it with "apt-get install -y chromium".`;
  if (process.env.CI === 'true') throw new Error(`${message} (CI=true: this is a failure)`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING BROWSER TESTS — ${message}\n${'!'.repeat(78)}\n`);
}

/** Flags for a headless Chromium in a container with no network but 127.0.0.1 (Lighthouse uses them too). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
