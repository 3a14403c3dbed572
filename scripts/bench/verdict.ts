/** One budget's verdict: what was measured, the limit, and whether it holds (both budget modules build these). */
export interface Verdict {
  budget: string;
  limit: string;
  measured: string;
  /** The numbers judged against the limit, by name (e.g. "CPU 4×"), for tools and tests. */
  figures: Record<string, number>;
  /** undefined: the run could not measure it (said in `measured`); 'informative': reported, not judged. */
  pass: boolean | 'informative' | undefined;
}

export const notMeasured = (budget: string, limit: string, why: string): Verdict => ({ budget, limit, measured: `not measured: ${why}`, figures: {}, pass: undefined });

/** Passes when every figure is within `max`; not measured when a figure is missing. */
export function judged(budget: string, max: number, limit: string, measured: string, figures: Record<string, number | undefined>, complete = true): Verdict {
  const known = Object.fromEntries(Object.entries(figures).filter((entry): entry is [string, number] => entry[1] !== undefined));
  const over = Object.values(known).some((value) => value > max);
  return { budget, limit, measured, figures: known, pass: over ? false : complete && Object.keys(known).length === Object.keys(figures).length ? true : undefined };
}
