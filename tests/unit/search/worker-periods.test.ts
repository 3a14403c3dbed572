/**
 * The page's side of the search workers (src/search/browser/worker-periods.ts),
 * against stand-in workers that answer from a stand-in engine: each period
 * stays with one worker, workers start only when a period is given to them,
 * a worker's error reply fails that call alone, and a worker that cannot
 * start hands every waiting and later call to the fallback.
 */
import { describe, expect, it, vi } from 'vitest';
import { encodeAnswer } from '../../../src/search/browser/index-answer.ts';
import type { IndexAnswer, IndexSearch, PeriodEngine } from '../../../src/search/browser/period-engine.ts';
import { answerCall, WorkerPeriods, type WorkerCall, type WorkerReply } from '../../../src/search/browser/worker-periods.ts';

/** An engine whose answers name who answered, so a test sees where each call went. */
function engine(name: string, calls: string[]): PeriodEngine {
  return {
    search: async (language, searches: readonly IndexSearch[]): Promise<IndexAnswer[]> => {
      calls.push(`${name} search ${language}`);
      if (searches.some((search) => search.term === 'hỏng')) throw new Error(`${language}: chunk missing`);
      return searches.map((search) => encodeAnswer([{ id: `${name}:${search.term}`, words: [search.exactMarks ? 1 : 0] }]));
    },
    preload: async (language) => void calls.push(`${name} preload ${language}`),
    fragment: async (language, id) => ({ url: `/${language}/${id}/`, content: '', meta: { title: name } }),
  };
}

/** Which engine answered a one-word search of `language`, and where its call went. */
const whoAnswers = async (periods: PeriodEngine, language: string) => (await periods.search(language, [{ term: 'iso', exactMarks: false }]))[0]!.ids;

/** A stand-in Worker: answers each message from its engine as search-worker.ts does, or fails to start. */
class StandInWorker extends EventTarget {
  terminated = false;
  constructor(
    private readonly answerer: PeriodEngine | 'broken',
  ) {
    super();
  }
  postMessage(call: WorkerCall): void {
    if (this.answerer === 'broken') {
      queueMicrotask(() => this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'cannot load' })));
      return;
    }
    const { id } = call;
    answerCall(this.answerer, call).then(
      (result) => this.dispatchEvent(new MessageEvent('message', { data: { id, result } satisfies WorkerReply })),
      (error: Error) => this.dispatchEvent(new MessageEvent('message', { data: { id, error: error.message } satisfies WorkerReply })),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('WorkerPeriods', () => {
  it('gives each period to one worker, in turn, starting a worker only when a period is given to it', async () => {
    const calls: string[] = [];
    let started = 0;
    const periods = new WorkerPeriods(() => new StandInWorker(engine(`w${started++}`, calls)) as unknown as Worker, () => engine('page', calls), 2);
    expect(await whoAnswers(periods, 'vi-x-2024')).toBe('w0:iso');
    expect(started).toBe(1);
    await periods.preload('vi-x-2023', ['tiêu']);
    await periods.preload('vi-x-2022', []);
    await periods.search('vi-x-2023', [{ term: 'tiêu', exactMarks: false }]);
    await periods.preload('vi-x-2024', ['tiêu']);
    expect(started).toBe(2);
    expect(calls).toEqual(['w0 search vi-x-2024', 'w1 preload vi-x-2023', 'w0 preload vi-x-2022', 'w1 search vi-x-2023', 'w0 preload vi-x-2024']);
  });

  it('passes searches and their answers through whole, and fails only the call whose search failed', async () => {
    const calls: string[] = [];
    const periods = new WorkerPeriods(() => new StandInWorker(engine('w', calls)) as unknown as Worker, () => engine('page', calls));
    expect(await periods.search('vi-x-2024', [{ term: '"tiêu"', exactMarks: true }, { term: 'chuẩn', exactMarks: false }])).toEqual([
      encodeAnswer([{ id: 'w:"tiêu"', words: [1] }]),
      encodeAnswer([{ id: 'w:chuẩn', words: [0] }]),
    ]);
    await expect(periods.search('vi-x-2024', [{ term: 'hỏng', exactMarks: false }])).rejects.toThrow('vi-x-2024: chunk missing');
    expect(await whoAnswers(periods, 'vi-x-2024')).toBe('w:iso');
  });

  it('sends the waiting calls, and every later one, to the fallback when a worker cannot start', async () => {
    const calls: string[] = [];
    const workers: StandInWorker[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const periods = new WorkerPeriods(() => (workers.push(new StandInWorker('broken')), workers.at(-1) as unknown as Worker), () => engine('page', calls), 2);
    const waiting = [whoAnswers(periods, 'vi-x-2024'), periods.preload('vi-x-2023', ['iso'])];
    expect(await Promise.all(waiting)).toEqual(['page:iso', undefined]);
    expect(calls).toEqual(['page search vi-x-2024', 'page preload vi-x-2023']);
    expect(await periods.search('vi-x-2022', [{ term: 'iso', exactMarks: false }])).toEqual([encodeAnswer([{ id: 'page:iso', words: [0] }])]);
    expect((await periods.fragment('vi-x-2022', 'vi_1')).meta.title).toBe('page');
    expect(workers.every((worker) => worker.terminated)).toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
