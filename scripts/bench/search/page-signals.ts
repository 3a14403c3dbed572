/**
 * Both pages (the search page and the API page) report their own moments,
 * so the clock stops and the network log is split when they happen, not at
 * the next poll: a watcher put into every page before its own scripts run
 * calls a binding when the first FIRST_RESULTS result links are on screen
 * and when `data-searches` counts the search with no `data-search-pending`
 * left (complete: every period answered). Times are the page's own clock,
 * from navigation start for a shared link and from the form's submission
 * (the reader's Enter) for a typed query; the driver's round trips do not count.
 */
import type { BrowserContext } from 'playwright-core';
import type { NetworkLog, Served } from './network-log.ts';

export interface Mark {
  /** Milliseconds in the page from navigation start or the reader's Enter to this moment. */
  sinceAsked: number;
  results: number;
  /** The responses sent since the previous split of the log. */
  responses: Served[];
}

type Signal = 'first' | 'complete';
/**
 * "First results" is the same moment on both pages: this many results on
 * screen (the search page shows its first three together; the API page shows
 * each as its data comes), or all of them when a search finds fewer.
 */
const FIRST_RESULTS = 3;
const BINDING = '__benchSearchSignal';

/** Runs in the page, before its scripts: watches every search the page makes. */
function watchSearches({ binding, links, firstResults }: { binding: string; links: string; firstResults: number }): void {
  let asked = 0;
  let before = '';
  let counted = 0;
  let [first, complete] = [false, false];
  const app = () => document.querySelector<HTMLElement>('[data-search-app]');
  const shown = () => [...document.querySelectorAll(links)].map((link) => link.getAttribute('href')).join(' ');
  const report = (signal: Signal, results: number) =>
    (window as unknown as Record<string, (signal: Signal, results: number, ms: number) => void>)[binding]!(signal, results, performance.now() - asked);
  document.addEventListener(
    'submit',
    () => {
      [asked, before, counted, first, complete] = [performance.now(), shown(), Number(app()?.dataset.searches ?? 0), false, false];
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const now = shown();
    const count = now === '' ? 0 : now.split(' ').length;
    const root = app();
    const done = !!root && Number(root.dataset.searches ?? 0) > counted && !root.hasAttribute('data-search-pending');
    if (!first && count > 0 && now !== before && (count >= firstResults || done)) {
      first = true;
      report('first', count);
    }
    if (first && !complete && done) {
      complete = true;
      report('complete', now.split(' ').length);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Puts the watcher into the context's pages; each signal splits the network log the moment it arrives. */
export async function listenForSignals(context: BrowserContext, log: NetworkLog) {
  const waiting = new Map<Signal, (mark: Mark) => void>();
  await context.exposeBinding(BINDING, (_source, signal: Signal, results: number, sinceAsked: number) => {
    waiting.get(signal)?.({ sinceAsked, results, responses: log.take() });
  });
  await context.addInitScript(watchSearches, { binding: BINDING, links: 'main a[href*="/bai-viet/"]', firstResults: FIRST_RESULTS });
  const next = (signal: Signal, what: string, timeoutMs: number) =>
    new Promise<Mark>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} did not happen within ${timeoutMs / 1000} s`)), timeoutMs);
      waiting.set(signal, (mark) => {
        clearTimeout(timer);
        waiting.delete(signal);
        resolve(mark);
      });
    });
  /** Waits for the next search's first results and its completion (register before the search starts). */
  return (query: string, timeoutMs: number) => ({
    first: next('first', `a first result for “${query}”`, timeoutMs),
    complete: next('complete', `the complete search for “${query}”`, timeoutMs),
  });
}

export type NextSearch = Awaited<ReturnType<typeof listenForSignals>>;
