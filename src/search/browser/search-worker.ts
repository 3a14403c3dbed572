/**
 * The search page's worker: Pagefind's API on this thread (noWorker), a
 * period per instance, answering the page's PeriodEngine calls. Pagefind's
 * own worker hands every result back with a callback for its text —
 * registered in the worker, wrapped and watched for garbage collection on
 * the page — which at 10,000 articles, with every period's searches
 * answering thousands of pages, cost more than the searches themselves;
 * here an answer is the pages' hashes and word positions, and the page
 * fetches a result's text itself (issue 18).
 */
import { PagefindPeriods, type PeriodEngine } from './period-engine.ts';
import { answerBuffers } from './index-answer.ts';
import { withNativeGunzip } from './native-gunzip.ts';
import { loadPagefind } from './pagefind.ts';
import { answerCall, type WorkerCall, type WorkerReply } from './worker-periods.ts';

// Before Pagefind's first fetch: its files gunzipped natively, its engine fetched once for all periods.
self.fetch = withNativeGunzip(self.fetch.bind(self), self.location.href);

const engine: PeriodEngine = new PagefindPeriods(loadPagefind, true);

self.addEventListener('message', (event: MessageEvent<WorkerCall>) => {
  const { id } = event.data;
  answerCall(engine, event.data).then(
    (result) => self.postMessage({ id, result } satisfies WorkerReply, { transfer: answerBuffers(result) }),
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
