/**
 * One Pagefind search's answer as it crosses from the search worker to the
 * page: flat, so that it is one copy each way. As lists (a hash and an
 * array of word positions per page) an answer at 10,000 articles was tens
 * of thousands of small arrays for the worker to clone and the page to
 * rebuild — a large part of the page's time before the complete answer in a
 * Chromium trace (issue 18). The two arrays of numbers are transferred, not
 * copied.
 */

export interface IndexAnswer {
  /** The pages found, by fragment hash, separated by spaces (Pagefind's hashes hold none). */
  ids: string;
  /** Page i's word positions are positions[starts[i]] up to positions[starts[i + 1]]. */
  starts: Int32Array<ArrayBuffer>;
  positions: Int32Array<ArrayBuffer>;
}

/** The answer of pages found (`id`) at word positions (`words`), as Pagefind's results give them. */
export function encodeAnswer(results: readonly { id: string; words: readonly number[] }[]): IndexAnswer {
  const starts = new Int32Array(results.length + 1);
  results.forEach((result, index) => (starts[index + 1] = starts[index]! + result.words.length));
  const positions = new Int32Array(starts[results.length]!);
  results.forEach((result, index) => positions.set(result.words, starts[index]));
  return { ids: results.map((result) => result.id).join(' '), starts, positions };
}

/** Each page found, by hash, with its word positions (views of the answer's array, not copies). */
export function answerPages(answer: IndexAnswer): [id: string, positions: Int32Array][] {
  if (answer.ids === '') return [];
  return answer.ids.split(' ').map((id, index) => [id, answer.positions.subarray(answer.starts[index], answer.starts[index + 1])]);
}

/** The buffers of the answers in a worker's reply, to be transferred rather than copied. */
export function answerBuffers(result: unknown): ArrayBuffer[] {
  if (!Array.isArray(result)) return [];
  return result.flatMap((answer: Partial<IndexAnswer> | null) =>
    answer?.starts instanceof Int32Array && answer.positions instanceof Int32Array ? [answer.starts.buffer, answer.positions.buffer] : [],
  );
}
