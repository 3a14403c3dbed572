/**
 * Chromium and one served build shared by all the tests of a describe block,
 * in one of the run's heavy slots (tests/helpers/heavy-slots.ts): the
 * worker's Chromium is borrowed in its beforeAll and given back, with every
 * context the block opened closed, in its afterAll
 * (tests/helpers/shared-chromium.ts). Call it inside the describe; read the
 * fields in tests, once the hooks have run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { defaultDist } from './dist.ts';
import { useHeavySlot } from './heavy-slots.ts';
import { borrowChromium, returnChromium } from './shared-chromium.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';

export interface BrowserSession {
  browser: Browser;
  site: StaticSite;
}

export function openBrowserSession(dist = defaultDist): BrowserSession {
  const session = {} as BrowserSession;
  useHeavySlot();
  beforeAll(async () => {
    [session.browser, session.site] = await Promise.all([borrowChromium(), serveStatic(dist)]);
  });
  afterAll(async () => {
    await Promise.all([returnChromium(session.browser), session.site?.close()]);
  });
  return session;
}
