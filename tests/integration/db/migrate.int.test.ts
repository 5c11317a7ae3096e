import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { one } from "../../helpers/expect-defined";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../../lib/db/embedded-postgres";
import { applyMigrations } from "../../../lib/db/migrate";
import { migrationsFolder, query, scratchDatabase, testDataDir, writeMigration } from "./helpers";

const INIT = `CREATE TABLE "Org" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);\n`;
const SECOND = `ALTER TABLE "Org" ADD COLUMN "slug" TEXT;\nCREATE UNIQUE INDEX "Org_slug_key" ON "Org"("slug");\n`;

let server: EmbeddedPostgresHandle;
let drops: Array<() => Promise<void>> = []; // scratch databases and folders of the current test

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: testDataDir("migrate"), port: 0 });
});
afterEach(async () => {
  await Promise.all(drops.map((drop) => drop()));
  drops = [];
});
afterAll(() => server?.stop());

async function setup() {
  const db = await scratchDatabase(server.url);
  drops.push(db.drop);
  const dir = migrationsFolder({ "20250101000000_init": INIT, "20250102000000_org_slug": SECOND });
  drops.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return { url: db.url, dir };
}

describe("applyMigrations", () => {
  it("applies migrations in order and records them as prisma migrate deploy does", async () => {
    const { url, dir } = await setup();
    const log: string[] = [];
    expect(await applyMigrations(url, { migrationsDir: dir, log: (m) => log.push(m) })).toEqual([
      "20250101000000_init",
      "20250102000000_org_slug",
    ]);
    await query(url, `INSERT INTO "Org" ("name", "slug") VALUES ('Acme', 'acme')`);

    const rows = await query(url, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
    expect(rows).toHaveLength(2);
    for (const [row, sql] of [
      [one(rows, 0), INIT],
      [one(rows, 1), SECOND],
    ] as const) {
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(log).toContain("applying 20250101000000_init");

    const columns = await query(
      url,
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type}${c.len ? `(${c.len})` : ""} ${c.is_nullable}`)).toEqual([
      "id character varying(36) NO",
      "checksum character varying(64) NO",
      "finished_at timestamp with time zone YES",
      "migration_name character varying(255) NO",
      "logs text YES",
      "rolled_back_at timestamp with time zone YES",
      "started_at timestamp with time zone NO",
      "applied_steps_count integer NO",
    ]);
  });

  it("is idempotent and applies only what is new", async () => {
    const { url, dir } = await setup();
    await applyMigrations(url, { migrationsDir: dir });
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual([]);
    writeMigration(dir, "20250103000000_org_note", `ALTER TABLE "Org" ADD COLUMN "note" TEXT;\n`);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual(["20250103000000_org_note"]);
    expect(await query(url, "SELECT count(*)::int AS n FROM _prisma_migrations")).toEqual([{ n: 3 }]);
  });

  it("refuses when an applied migration was edited, but tolerates CRLF line endings", async () => {
    const { url, dir } = await setup();
    await applyMigrations(url, { migrationsDir: dir });
    const file = path.join(dir, "20250101000000_init", "migration.sql");
    fs.writeFileSync(file, INIT.replace(/\n/g, "\r\n"));
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual([]);
    fs.writeFileSync(file, INIT + "-- edited\n");
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /20250101000000_init was changed after it was applied/,
    );
  });

  it("rolls a failing migration back, reports it, and re-runs it once fixed", async () => {
    const { url, dir } = await setup();
    writeMigration(dir, "20250103000000_broken", `CREATE TABLE "Half" ("id" INT);\nSELECT * FROM "missing_table";\n`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /20250103000000_broken failed and was rolled back: relation "missing_table" does not exist/,
    );
    expect(await query(url, `SELECT to_regclass('"Half"') AS t, to_regclass('"Org"') AS o`)).toEqual([
      { t: null, o: '"Org"' },
    ]);
    const failed = one(
      await query(url, "SELECT * FROM _prisma_migrations WHERE migration_name = '20250103000000_broken'"),
      0,
      "the broken migration's row",
    );
    expect(failed.finished_at).toBeNull();
    expect(failed.rolled_back_at).toBeInstanceOf(Date);
    expect(failed.logs).toMatch(/missing_table/);

    writeMigration(dir, "20250103000000_broken", `CREATE TABLE "Half" ("id" INT);\n`);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual(["20250103000000_broken"]);
  });

  it("refuses to continue after a failure that was not rolled back (as left by prisma migrate deploy)", async () => {
    const { url, dir } = await setup();
    await applyMigrations(url, { migrationsDir: dir });
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES (gen_random_uuid()::text, 'x', '20250103000000_bad', 'boom')`,
    );
    writeMigration(dir, "20250104000000_next", `SELECT 1;\n`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /20250103000000_bad failed earlier and was not rolled back \(logs: boom\)/,
    );
  });

  it("lets two processes start together without applying anything twice", async () => {
    const { url, dir } = await setup();
    const results = await Promise.all([1, 2, 3].map(() => applyMigrations(url, { migrationsDir: dir })));
    expect(results.flat().sort()).toEqual(["20250101000000_init", "20250102000000_org_slug"]);
    expect(await query(url, "SELECT count(*)::int AS n FROM _prisma_migrations")).toEqual([{ n: 2 }]);
  });

  it("treats a missing migrations folder as nothing to do", async () => {
    const { url } = await setup();
    expect(await applyMigrations(url, { migrationsDir: path.join(testDataDir("migrate"), "no-such-dir") })).toEqual([]);
  });
});
