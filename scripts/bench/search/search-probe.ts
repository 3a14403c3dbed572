/**
 * What searching costs a reader, in real Chromium against a built site: in
 * both scenarios, through the site's search page and through Pagefind's
 * plain JS API over the one-pass reference bundle (the engine used the plain
 * way, which the page is judged against), at each CPU throttle the plan
 * names, `runs` times, each run in a fresh browser context (a cold cache, as
 * a first visit). The runs go round the combinations in turn, so a machine
 * that slows down for a while slows all of them alike.
 */
import { launchChromium } from '../../shared/chromium.ts';
import { serveStatic } from '../../shared/static-server.ts';
import type { SearchPlan } from '../options.ts';
import { writeApiPage } from './api-page.ts';
import { responseRecorder } from './network-log.ts';
import { REFERENCE_BUNDLE, SITE_BUNDLE } from './search-bundles.ts';
import { SCENARIOS, searchSession, type ProbeRun, type Scenario, type SearchVia } from './search-session.ts';

export interface SearchProbe {
  scenario: Scenario;
  via: SearchVia;
  /** Chromium's CPU slowdown (1: none). */
  throttle: number;
  /** The Pagefind bundle searched: the site's own, or the one-pass reference. */
  bundle: string;
  runs: ProbeRun[];
}

/** Every scenario × throttle × way of searching, `plan.runs` times. */
export async function probeSearch(siteRoot: string, plan: Pick<SearchPlan, 'throttles' | 'runs'>): Promise<SearchProbe[]> {
  writeApiPage(siteRoot);
  const vias = (throttle: number): SearchVia[] => [
    'search page',
    'Pagefind JS API',
    // The throttle does not reach Pagefind's worker: slowed, it is also measured on the main thread.
    ...(throttle > 1 ? ['Pagefind JS API, main thread' as const] : []),
  ];
  const probes: SearchProbe[] = SCENARIOS.flatMap((scenario) =>
    plan.throttles.flatMap((throttle) => vias(throttle).map((via) => ({ scenario, via, throttle, bundle: via === 'search page' ? SITE_BUNDLE : REFERENCE_BUNDLE, runs: [] }))),
  );
  const served = responseRecorder();
  const [browser, site] = await Promise.all([launchChromium(), serveStatic(siteRoot, { onResponse: served.onResponse })]);
  try {
    for (let run = 0; run < plan.runs; run++) {
      for (const probe of probes) {
        const context = await browser.newContext();
        try {
          probe.runs.push(await searchSession(context, { siteRoot, siteUrl: site.url, served, ...probe }));
        } finally {
          await context.close();
        }
      }
    }
    return probes;
  } finally {
    await Promise.all([browser.close(), site.close()]);
  }
}
