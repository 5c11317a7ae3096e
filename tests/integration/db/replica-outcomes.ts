import { metrics } from "@/lib/metrics";

/** How many reads offered to a replica this process served where, from the counter /metrics exposes. */
export async function replicaOutcomes(): Promise<Record<"replica" | "lagging" | "unreachable" | "failed", number>> {
  const counts = { replica: 0, lagging: 0, unreachable: 0, failed: 0 };
  for (const { labels, value } of (await metrics().replicaReads.get()).values) {
    counts[labels.outcome as keyof typeof counts] += value;
  }
  return counts;
}
