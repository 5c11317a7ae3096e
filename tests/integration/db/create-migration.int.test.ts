import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { one } from "../../helpers/expect-defined";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../../lib/db/embedded-postgres";
import { applyMigrations } from "../../../lib/db/migrate";
import { query, scratchDatabase, testDataDir, writeMigration } from "./helpers";

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model Org {
  id   String @id @default(cuid())
  name String
}
`;

let server: EmbeddedPostgresHandle;
let work: string;
beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: testDataDir("create-migration"), port: 0 });
  work = fs.mkdtempSync(path.join(os.tmpdir(), "actlas-create-migration-"));
  fs.writeFileSync(path.join(work, "schema.prisma"), SCHEMA);
});
afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  await server?.stop();
});

const migrationsDir = () => path.join(work, "migrations");
const migrationNames = () =>
  fs
    .readdirSync(migrationsDir())
    .filter((n) => n !== "migration_lock.toml")
    .sort();
const sqlOf = (name: string) => fs.readFileSync(path.join(migrationsDir(), name, "migration.sql"), "utf8");

/** Runs the real CLI, as `npm run db:migration -- …` would. */
function createMigration(...args: string[]) {
  const cli = path.join("scripts", "db", "create-migration.ts");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", cli, ...args, "--schema", path.join(work, "schema.prisma"), "--migrations", migrationsDir()],
    { env: { ...process.env, DATABASE_URL: server.url }, encoding: "utf8", timeout: 60_000 },
  );
  return { code: run.status, out: run.stdout + run.stderr };
}

describe("db:migration (WASM schema engine, offline)", () => {
  it("writes the first migration and the lock file", () => {
    const { code, out } = createMigration("Init Schema");
    expect(code, out).toBe(0);
    expect(migrationNames()).toEqual([expect.stringMatching(/^\d{14}_init_schema$/)]);
    expect(sqlOf(one(migrationNames()))).toContain(`CREATE TABLE "Org" (`);
    expect(fs.readFileSync(path.join(migrationsDir(), "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("writes nothing when the schema matches the migrations", () => {
    const { code, out } = createMigration("noop");
    expect(code, out).toBe(0);
    expect(out).toMatch(/No schema changes/);
    expect(migrationNames()).toHaveLength(1);
  });

  it("diffs only what changed, replaying hand-written SQL with function bodies", () => {
    // Hand-written migrations full of ";" inside $$ … $$ must replay on the shadow database.
    // Dated in the future too, so the new migration must be numbered after it.
    writeMigration(
      migrationsDir(),
      "29991231235959_trim_fn",
      [
        "CREATE FUNCTION trim_name() RETURNS trigger AS $$",
        "BEGIN",
        "  NEW.name := trim(NEW.name);",
        "  RETURN NEW;",
        "END;",
        "$$ LANGUAGE plpgsql;",
        "",
      ].join("\n"),
    );
    fs.writeFileSync(
      path.join(work, "schema.prisma"),
      SCHEMA.replace("  name String\n", "  name String\n  slug String? @unique\n"),
    );

    const { code, out } = createMigration("org slug");
    expect(code, out).toBe(0);
    const names = migrationNames();
    expect(names).toHaveLength(3);
    expect(names[2]).toBe("30000101000000_org_slug");
    const sql = sqlOf(one(names, 2));
    expect(sql).toContain(`ALTER TABLE "Org" ADD COLUMN     "slug" TEXT;`);
    expect(sql).toContain(`CREATE UNIQUE INDEX "Org_slug_key"`);
    expect(sql).not.toContain("CREATE TABLE");
  });

  it("produces migrations the runner applies, and leaves no shadow database behind", async () => {
    const db = await scratchDatabase(server.url);
    try {
      expect(await applyMigrations(db.url, { migrationsDir: migrationsDir() })).toEqual(migrationNames());
    } finally {
      await db.drop();
    }
    const shadows = await query(
      server.url,
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    );
    expect(shadows).toEqual([]);
  });

  it("does not propose dropping what hand-written migrations keep outside the schema, and says so", () => {
    // A composite tenant foreign key ("*_org_fk") and the dashboard's partial index cannot be declared in schema.prisma.
    writeMigration(
      migrationsDir(),
      "30000101000001_hand_kept",
      [
        `ALTER TABLE "Org" ADD CONSTRAINT "Org_id_org_fk" FOREIGN KEY ("id") REFERENCES "Org"("id");`,
        `CREATE INDEX "Obligation_portfolio_idx" ON "Org"("name");`,
        "",
      ].join("\n"),
    );
    const kept = createMigration("after hand kept");
    expect(kept.code, kept.out).toBe(0);
    expect(kept.out).toMatch(/Kept Org_id_org_fk: composite tenant foreign key/);
    expect(kept.out).toMatch(/Kept Obligation_portfolio_idx: /);
    expect(kept.out).toMatch(/No schema changes/);
    expect(migrationNames().at(-1)).toBe("30000101000001_hand_kept");

    // Anything else the schema does not declare is still proposed for dropping.
    writeMigration(migrationsDir(), "30000101000002_stray_index", `CREATE INDEX "Org_stray_idx" ON "Org"("name");\n`);
    const stray = createMigration("drop stray");
    expect(stray.code, stray.out).toBe(0);
    const sql = sqlOf(migrationNames().at(-1)!);
    expect(sql).toContain(`DROP INDEX "Org_stray_idx";`);
    expect(sql).not.toMatch(/Org_id_org_fk|Obligation_portfolio_idx/);
  });

  it("explains its usage when the name is missing", () => {
    const { code, out } = createMigration();
    expect(code).toBe(1);
    expect(out).toMatch(/a migration name is required/);
  });
});
