/**
 * Runs an async job for each item, at most `limit` at a time: real builds
 * in tests would swamp a 2-core machine if all started at once.
 */
export async function inParallel<T>(items: readonly T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await job(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
