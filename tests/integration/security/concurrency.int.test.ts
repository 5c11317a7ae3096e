import { expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { outcomeOf, raceOnTable } from "./concurrency";

// The lost-update races rest on raceOnTable seeing every edit wait behind its lock before letting them go. On a cold
// pool each edit opens its connection after the gate's first look at pg_stat_activity; they must still be counted.
it("raceOnTable sees every edit waiting, even on connections the pool opens after it started looking", async () => {
  await disconnectDb();
  const race = await raceOnTable(
    "Organization",
    6,
    () => outcomeOf(db().$queryRaw`SELECT count(*) FROM "Organization"`),
    8_000,
  );
  expect(race.overlapped).toBe(6);
  expect(race.outcomes.every((outcome) => outcome.ok)).toBe(true);
});
