import pg from "pg";
import { vi } from "vitest";

/** The statements `work` sends to Postgres, counted at the driver (the queries still run against the database). */
export async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}
