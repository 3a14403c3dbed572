/**
 * The search page reports its own moments, so the clock stops and the
 * network log is split when they happen rather than at the next poll: a
 * MutationObserver in the page calls a binding when the result links first
 * change (the first results) and when `data-searches` counts the search
 * with no `data-search-pending` left (complete: every period answered).
 * The times are the page's own clock from the moment the reader asks (the
 * form is submitted; or the first keystroke, for a page that searches while
 * typing), so the driver's own round trips do not count.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { NetworkLog, Served } from './network-log.ts';

const RESULT_LINKS = 'main a[href*="/bai-viet/"]';
const SEARCH_APP = '[data-search-app]';

interface Mark {
  at: number;
  /** Milliseconds in the page from the reader's asking to this moment. */
  sinceAsked: number;
  results: number;
  /** The responses sent since the previous split of the log. */
  responses: Served[];
}

type Signal = 'first' | 'complete';
const BINDING = '__benchSearchSignal';

/** Waits for the page's signals; each one splits the network log the moment it arrives. */
export async function listenForSignals(context: BrowserContext, log: NetworkLog) {
  const waiting = new Map<Signal, (mark: Mark) => void>();
  await context.exposeBinding(BINDING, (_source, signal: Signal, results: number, sinceAsked: number) => {
    waiting.get(signal)?.({ at: performance.now(), sinceAsked, results, responses: log.take() });
  });
  return (signal: Signal, what: string, timeoutMs: number) =>
    new Promise<Mark>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} did not happen within ${timeoutMs / 1000} s`)), timeoutMs);
      waiting.set(signal, (mark) => {
        clearTimeout(timer);
        waiting.delete(signal);
        resolve(mark);
      });
    });
}

export type NextSignal = Awaited<ReturnType<typeof listenForSignals>>;

/**
 * Watches the page for the next search's first results and completion.
 * Returns whether the page counts finished searches (older revisions of the
 * site may not: then there is no "complete" to wait for).
 */
export function watchNextSearch(page: Page): Promise<boolean> {
  return page.evaluate(
    ({ binding, links, app }) => {
      const signal = (window as unknown as Record<string, (signal: string, results: number, sinceAsked: number) => void>)[binding]!;
      let asked: number | undefined;
      const ask = () => (asked ??= performance.now());
      document.addEventListener('input', ask, { capture: true, once: true });
      document.addEventListener('submit', () => (asked = performance.now()), { capture: true, once: true });
      const report = (name: string, results: number) => signal(name, results, performance.now() - (asked ?? performance.now()));
      const shown = () => [...document.querySelectorAll(links)].map((link) => link.getAttribute('href'));
      const before = shown().join(' ');
      const root = document.querySelector<HTMLElement>(app);
      const counted = root?.dataset.searches;
      let first = false;
      let complete = counted === undefined;
      const check = () => {
        const now = shown();
        if (!first && now.length > 0 && now.join(' ') !== before) {
          first = true;
          report('first', now.length);
        }
        if (!complete && Number(root!.dataset.searches) > Number(counted) && !root!.hasAttribute('data-search-pending')) {
          complete = true;
          report('complete', now.length);
        }
        if (first && complete) observer.disconnect();
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      return counted !== undefined;
    },
    { binding: BINDING, links: RESULT_LINKS, app: SEARCH_APP },
  );
}
