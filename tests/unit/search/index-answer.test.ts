/**
 * A search's answer as the worker sends it (src/search/browser/index-answer.ts):
 * flat, read back page by page as the worker's results gave them, and its
 * arrays handed over by transfer.
 */
import { describe, expect, it } from 'vitest';
import { answerBuffers, answerPages, encodeAnswer } from '../../../src/search/browser/index-answer.ts';

describe('index answers', () => {
  it("reads back each page's hash and word positions, in order, a metadata match's empty list too", () => {
    const results = [
      { id: 'vi-x-2024_a1', words: [0, 5, 9] },
      { id: 'vi-x-2024_b2', words: [] },
      { id: 'vi-x-2024_c3', words: [2] },
    ];
    const pages = answerPages(encodeAnswer(results));
    expect(pages.map(([id, positions]) => [id, [...positions]])).toEqual(results.map(({ id, words }) => [id, words]));
  });

  it('reads back an answer that found nothing as no pages', () => {
    expect(answerPages(encodeAnswer([]))).toEqual([]);
  });

  it('survives a structured clone that transfers its arrays, leaving the sender nothing to copy', () => {
    const answers = [encodeAnswer([{ id: 'a', words: [1, 2] }]), encodeAnswer([{ id: 'b', words: [3] }])];
    const transfer = answerBuffers(answers);
    expect(transfer).toHaveLength(4);
    const received = structuredClone(answers, { transfer });
    expect(answers[0]!.positions.length).toBe(0);
    expect(received.map((answer) => answerPages(answer).map(([id, positions]) => [id, [...positions]]))).toEqual([[['a', [1, 2]]], [['b', [3]]]]);
  });

  it('transfers nothing from a reply that is not answers (a preload)', () => {
    expect(answerBuffers(undefined)).toEqual([]);
    expect(answerBuffers([null, { ids: '' }])).toEqual([]);
  });
});
