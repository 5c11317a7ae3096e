import "server-only";
import { db, type Tx } from "@/lib/db/client";

/**
 * Runs the query in a read transaction of its own without parallel workers. The crosswalk's parts already run side
 * by side on their own connections; a worker per part on top only multiplies the CPU on a small machine (each worker
 * of the inventory count hashed the whole risk register again: ~105 ms of CPU instead of ~50 at 100,000 systems).
 */
export function serial<T>(query: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
    return query(tx);
  });
}
