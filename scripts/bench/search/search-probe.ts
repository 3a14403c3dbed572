/**
 * What searching costs a reader, in real Chromium against a built site:
 * through the site's search page, and through Pagefind's own JS API over the
 * one-pass reference bundle (the engine used the plain way, which the page
 * is judged against). Each way of searching is timed at each CPU throttle
 * the plan names, `runs` times, each run in a fresh browser context (a cold
 * cache, as a first visit); the runs go round the combinations in turn, so
 * a machine that slows down for a while slows all of them alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../shared/chromium.ts';
import { serveStatic } from '../../shared/static-server.ts';
import type { SearchPlan } from '../options.ts';
import { responseRecorder } from './network-log.ts';
import { plainApiBundle, SITE_BUNDLE } from './search-bundles.ts';
import { SEARCH_PAGE, searchSession, type ProbeRun, type SearchVia } from './search-session.ts';

export interface SearchProbe {
  via: SearchVia;
  /** Chromium's CPU slowdown (1: none). */
  throttle: number;
  /** The Pagefind bundle searched: the site's own, or the one-pass reference. */
  bundle: string;
  runs: ProbeRun[];
}

function hasSearchPage(siteRoot: string): boolean {
  const file = join(siteRoot, SEARCH_PAGE, 'index.html');
  return existsSync(file) && /<input[^>]+type="(search|text)"/.test(readFileSync(file, 'utf8'));
}

/** Every way of searching × throttle, `plan.runs` times; a site without a search page is measured through the API alone. */
export async function probeSearch(siteRoot: string, plan: Pick<SearchPlan, 'throttles' | 'runs'>): Promise<SearchProbe[]> {
  const vias = (throttle: number): SearchVia[] => [
    ...(hasSearchPage(siteRoot) ? ['search page' as const] : []),
    'Pagefind JS API',
    // The throttle does not reach Pagefind's worker: slowed, it is also measured on the main thread.
    ...(throttle > 1 ? ['Pagefind JS API, main thread' as const] : []),
  ];
  const probes: SearchProbe[] = plan.throttles.flatMap((throttle) =>
    vias(throttle).map((via) => ({ via, throttle, bundle: via === 'search page' ? SITE_BUNDLE : plainApiBundle(siteRoot), runs: [] })),
  );
  const served = responseRecorder();
  const [browser, site] = await Promise.all([launchChromium(), serveStatic(siteRoot, { onResponse: served.onResponse })]);
  try {
    for (let run = 0; run < plan.runs; run++) {
      for (const probe of probes) {
        const context = await browser.newContext();
        try {
          probe.runs.push(await searchSession(context, { siteRoot, siteUrl: site.url, served, via: probe.via, bundle: probe.bundle, throttle: probe.throttle }));
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
