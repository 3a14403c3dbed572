/**
 * The search page's script (the only script on the site). Keeps form,
 * address bar and results in step: typing searches after a short pause,
 * filters and sort apply at once, every search is in the URL, and the back
 * button restores earlier searches.
 */
import type { PeriodSummary } from '../core/periods.ts';
import { primeDescribe } from '../core/result.ts';
import { parseSearchState, serializeSearchState, type KnownValues } from '../core/url-state.ts';
import { SearchController } from './controller.ts';
import { ArchiveSearch } from './engine.ts';
import { loadPagefind } from './pagefind.ts';
import { PagefindPeriods, type PeriodEngine } from './period-engine.ts';
import { PeriodIndex } from './period-index.ts';
import { WorkerPeriods } from './worker-periods.ts';
import { bestBetCandidates, clearFilters, knownValues, readForm, writeForm } from './form-state.ts';
import { renderActiveFilters, required } from './render.ts';
import { ResultsView } from './results-view.ts';

const TYPING_PAUSE_MS = 300;
/** Wide enough for the filters to sit beside the results, open. */
const WIDE_SCREEN = '(min-width: 60rem)';

/** Runs work the reader does not wait for once the page is idle (soon, where the browser cannot say). */
const whenIdle = (task: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
};

/**
 * Two workers search the periods between them: at 10,000 articles the
 * complete answer took 1,606 ms with two, 1,749 with one and 1,733 with
 * three on a two-core machine (BENCHMARKS.md); a reader's phone has more.
 */
const SEARCH_WORKERS = 2;

/**
 * Pagefind searched in the site's workers (search-worker.ts), the page
 * fetching and gunzipping each shown result's text itself; where the
 * browser cannot gunzip (Safari < 16.4) or start that worker, through
 * Pagefind's API and its own worker.
 */
function searchEngine(): PeriodEngine {
  const onPage = () => new PagefindPeriods(loadPagefind, false);
  if (typeof Worker === 'undefined' || typeof DecompressionStream === 'undefined') return onPage();
  return new WorkerPeriods(() => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }), onPage, SEARCH_WORKERS);
}

async function start(): Promise<void> {
  const app = required<HTMLElement>(document, '[data-search-app]');
  const form = required<HTMLFormElement>(document, '#search-form');
  const known: KnownValues = knownValues(form);
  // The search periods newest first, written by the page from the archive (src/archive/search-periods.ts).
  const periods = JSON.parse(app.dataset.searchPeriods ?? '[]') as PeriodSummary[];
  // The names that find each other in search, from the partners and the glossary (src/archive/search-synonyms.ts).
  const synonyms = JSON.parse(app.dataset.searchSynonyms ?? '[]') as string[][];
  const view = new ResultsView(app);
  const engine = searchEngine();
  const controller = new SearchController(view, new ArchiveSearch(periods.map((period) => new PeriodIndex(period, engine)), synonyms), bestBetCandidates(form));
  // A shared link (a search in the address) creates the search worker and asks it for the index of
  // the period that answers first, with the query's words, before anything is laid out. (Chromium
  // starts the worker's thread only once this script and the first layout are done: BENCHMARKS.md.)
  if (location.search) controller.prepare(parseSearchState(location.search, known));
  const baseTitle = document.title;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  // Typing replaces the history entry it started, so Back skips the keystrokes.
  let typingEntry = false;

  const search = (history: 'push' | 'replace'): Promise<void> => {
    const state = readForm(form, known);
    renderActiveFilters(app, state);
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    document.title = state.query.trim() ? `“${state.query.trim()}” – ${baseTitle}` : baseTitle;
    return controller.run(state);
  };

  const restore = () => {
    clearTimeout(typingTimer);
    typingEntry = false;
    const state = parseSearchState(location.search, known);
    writeForm(form, state);
    for (const group of app.querySelectorAll<HTMLDetailsElement>('details[data-facet-group]')) {
      group.open = window.matchMedia(WIDE_SCREEN).matches || group.querySelector('input:checked') !== null;
    }
    void search('replace');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void search(typingEntry ? 'replace' : 'push');
    typingEntry = false;
  });
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    clearTimeout(typingTimer);
    controller.prepare(readForm(form, known));
    typingTimer = setTimeout(() => {
      void search(typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, TYPING_PAUSE_MS);
  });
  // Checkboxes and the sort select sit outside the <form> element (form="…"), so listen on the app.
  app.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
    clearTimeout(typingTimer);
    typingEntry = false;
    void search('push');
  });
  // "Bỏ bộ lọc" keeps the words and clears the filters, as a new search (Back returns to the filtered one);
  // its button goes with the empty result, so reading goes on at the first result.
  view.clearFiltersButton.addEventListener('click', () => {
    clearTimeout(typingTimer);
    typingEntry = false;
    clearFilters(form);
    // Only if focus went with the button: a reader who has moved on keeps their place.
    void search('push').then(() => {
      if (document.activeElement === null || document.activeElement === document.body) view.focusFirstResult();
    });
  });
  // Readers come to this page to search: once it has loaded, fetch the engine and the newest
  // period's index while they type, so the first answer needs only the words' index chunks
  // (a shared link has opened them already, above), and ready the matcher that describes results.
  whenIdle(() => {
    if (!location.search) controller.warmUp();
    primeDescribe();
  });
  view.moreButton.addEventListener('click', () => void controller.showMore());
  window.addEventListener('popstate', restore);

  // Beside the results on a wide screen, the filters are open; on a phone they are one line above the results.
  required<HTMLDetailsElement>(app, 'details[data-filters-disclosure]').open = window.matchMedia(WIDE_SCREEN).matches;
  app.hidden = false;
  restore();
}

void start();
