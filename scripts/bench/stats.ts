// Latency summaries shared by the HTTP and SQL measurements, so both sides of every ratio are computed alike.
export type Timing = { requests: number; errors: number; medianMs: number; p95Ms: number; rps: number; wallMs: number };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export function summarise(latencies: number[], errors: number, wallMs: number): Timing {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { requests: latencies.length, errors, medianMs: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), rps: round((latencies.length / wallMs) * 1000), wallMs: Math.round(wallMs) };
}

/**
 * Runs `task` `amount` times with `concurrency` in flight, like `connections` users each waiting for their answer.
 * No new task starts after `budgetMs` (tasks in flight finish), so a statement that takes a minute at 20 users
 * cannot stretch the run to hours; `requests` in the result says how many actually ran.
 */
export async function closedLoop(task: () => Promise<void>, concurrency: number, amount: number, budgetMs = Infinity): Promise<Timing> {
  const latencies: number[] = [];
  let errors = 0, issued = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (issued < amount && performance.now() - started < budgetMs) {
      issued++;
      const t = performance.now();
      try {
        await task();
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  }));
  return summarise(latencies, errors, performance.now() - started);
}
