/**
 * One Chromium and one served build shared by all the tests of a describe
 * block: opened in its beforeAll, closed in its afterAll, in one of the run's
 * heavy slots (tests/helpers/heavy-slots.ts). Call it inside the describe;
 * read the fields in tests, once the hooks have run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/shared/chromium.ts';
import { defaultDist } from './dist.ts';
import { useHeavySlot } from './heavy-slots.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';

export interface BrowserSession {
  browser: Browser;
  site: StaticSite;
}

export function openBrowserSession(dist = defaultDist): BrowserSession {
  const session = {} as BrowserSession;
  useHeavySlot();
  beforeAll(async () => {
    [session.browser, session.site] = await Promise.all([launchChromium(), serveStatic(dist)]);
  });
  afterAll(async () => {
    await Promise.all([session.browser?.close(), session.site?.close()]);
  });
  return session;
}
