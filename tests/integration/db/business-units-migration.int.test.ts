import { testDatabaseUrl } from "../worker-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../../lib/db/migrate";
import { query, scratchDatabase } from "./helpers";

// The business_units migration on a database that already holds free-text units: one unit per distinct trimmed,
// non-empty name per organisation ignoring case, every system linked, nothing crossing organisations.
const MIGRATION = "20261205094110_business_units";
const MIGRATIONS = path.join("prisma", "migrations");

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

function migrations(keep: (name: string) => boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "actlas-units-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => /^\d{14}_/.test(n) && keep(n)))
    fs.cpSync(path.join(MIGRATIONS, name), path.join(dir, name), { recursive: true });
  return dir;
}

describe(`migration ${MIGRATION} on existing data`, () => {
  it("turns each organisation's free text into units, ignoring case and spaces, and links every system", async () => {
    const db = await scratchDatabase(testDatabaseUrl());
    cleanups.push(db.drop);
    await applyMigrations(db.url, { migrationsDir: migrations((n) => n < MIGRATION), log: () => {} });
    for (const org of ["a", "b"])
      await query(db.url, `INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ($1, $1, $1, now())`, [org]);
    const systems: [string, string, string][] = [
      ["a1", "a", "HR"],
      ["a2", "a", " hr "],
      ["a3", "a", "HR"],
      ["a4", "a", "Human Resources"],
      ["a5", "a", "  "],
      ["b1", "b", "hr"],
    ];
    for (const [id, org, unit] of systems)
      await query(
        db.url,
        `INSERT INTO "AiSystem" (id, "organizationId", name, "businessUnit", "updatedAt") VALUES ($1, $2, $1, $3, now())`,
        [id, org, unit],
      );

    await applyMigrations(db.url, { migrationsDir: migrations((n) => n <= MIGRATION), log: () => {} });

    const rows = await query(
      db.url,
      `SELECT s.id, s."businessUnit" AS text, u.name AS unit, u."organizationId" AS "unitOrg"
         FROM "AiSystem" s LEFT JOIN "BusinessUnit" u ON u.id = s."businessUnitId" ORDER BY s.id`,
    );
    // The most used spelling names the unit ("HR" twice beats " hr " once); blank stays without a unit.
    expect(rows).toEqual([
      { id: "a1", text: "HR", unit: "HR", unitOrg: "a" },
      { id: "a2", text: "HR", unit: "HR", unitOrg: "a" },
      { id: "a3", text: "HR", unit: "HR", unitOrg: "a" },
      { id: "a4", text: "Human Resources", unit: "Human Resources", unitOrg: "a" },
      { id: "a5", text: "", unit: null, unitOrg: null },
      { id: "b1", text: "hr", unit: "hr", unitOrg: "b" },
    ]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM "BusinessUnit"`)).toEqual([{ n: 3 }]);
  });
});
