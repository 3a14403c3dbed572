/**
 * The page's side of the search workers (search-worker.ts): each
 * PeriodEngine call is one message, answered by id. Each period is given
 * to one worker, in turn, when first asked for, and a worker is started
 * with the first period given to it. Should one fail to start (a host that
 * will not serve it, a browser that refuses module workers), the calls
 * waiting on the workers, and every later one, go to the fallback instead:
 * the same engine on the page, over Pagefind's own worker. A result's text
 * is fetched on the page either way (fetchFragment()).
 */
import type { IndexedArticle } from '../core/result.ts';
import type { IndexAnswer, IndexSearch, PeriodEngine } from './period-engine.ts';
import { fetchFragment } from './pagefind.ts';

export interface WorkerCall {
  id: number;
  method: 'search' | 'preload';
  language: string;
  searches?: readonly IndexSearch[];
  terms?: readonly string[];
}

export interface WorkerReply {
  id: number;
  result?: unknown;
  error?: string;
}

/** Answers a call from an engine: in the worker, and on the page once the worker has failed. */
export function answerCall(engine: PeriodEngine, call: WorkerCall): Promise<unknown> {
  if (call.method === 'search') return engine.search(call.language, call.searches ?? []);
  return engine.preload(call.language, call.terms ?? []);
}

interface Waiting {
  call: WorkerCall;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export class WorkerPeriods implements PeriodEngine {
  readonly #workers: Worker[] = [];
  /** Each period's worker, given in turn as periods are first asked for. */
  readonly #workerOf = new Map<string, Worker>();
  #fallback: PeriodEngine | undefined;
  #nextId = 0;
  readonly #waiting = new Map<number, Waiting>();

  readonly #startWorker: () => Worker;
  readonly #makeFallback: () => PeriodEngine;
  readonly #workerCount: number;

  /** `startWorker` starts one search worker; `makeFallback` makes the engine used should one fail; at most `workers` are started. */
  constructor(startWorker: () => Worker, makeFallback: () => PeriodEngine, workers = 1) {
    this.#startWorker = startWorker;
    this.#makeFallback = makeFallback;
    this.#workerCount = workers;
  }

  #start(): Worker {
    const worker = this.#startWorker();
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
      const waiting = this.#waiting.get(data.id);
      if (!waiting) return;
      this.#waiting.delete(data.id);
      if (data.error === undefined) waiting.resolve(data.result);
      else waiting.reject(new Error(data.error));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      console.warn('Search worker failed; searching through Pagefind on the page instead.', event.message);
      for (const started of this.#workers) started.terminate();
      this.#fallback = this.#makeFallback();
      const waiting = [...this.#waiting.values()];
      this.#waiting.clear();
      for (const { call, resolve, reject } of waiting) answerCall(this.#fallback, call).then(resolve, reject);
    });
    return worker;
  }

  #call<T>(call: Omit<WorkerCall, 'id'>): Promise<T> {
    const message: WorkerCall = { ...call, id: this.#nextId++ };
    if (this.#fallback) return answerCall(this.#fallback, message) as Promise<T>;
    let worker = this.#workerOf.get(call.language);
    if (!worker) {
      // A worker starts with the first period given to it: a small archive, one period, needs one.
      const turn = this.#workerOf.size % this.#workerCount;
      worker = this.#workers[turn] ??= this.#start();
      this.#workerOf.set(call.language, worker);
    }
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(message.id, { call: message, resolve: resolve as (result: unknown) => void, reject });
      worker.postMessage(message);
    });
  }

  search(language: string, searches: readonly IndexSearch[]): Promise<IndexAnswer[]> {
    return this.#call({ method: 'search', language, searches });
  }

  preload(language: string, terms: readonly string[]): Promise<void> {
    return this.#call({ method: 'preload', language, terms });
  }

  fragment(language: string, id: string): Promise<IndexedArticle> {
    return this.#fallback ? this.#fallback.fragment(language, id) : fetchFragment(id);
  }
}
