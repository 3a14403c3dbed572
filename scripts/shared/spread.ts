/** The median of repeated measurements and their range: what the benchmark judges and reports. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Undefined for no values; the median of an even count is the mean of the middle two. */
export function spreadOf(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

export const median = (values: readonly number[]): number => spreadOf(values)?.median ?? 0;
