import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";

// `npm run db:seed` creates the demo organisation whole or not at all: a failure while its registers are filled (here
// the policy step, after the risks and the literacy register, refused by a trigger) leaves nothing behind, so the
// next seed creates all of it instead of skipping a half-seeded organisation. Run as the script itself, on a database
// of its own: the test database's demo organisation is shared by other files.
const serverUrl = process.env.DATABASE_URL!;
const name = `actlas_seed_${randomBytes(4).toString("hex")}`;
const url = withDatabase(serverUrl, name);

async function query<T extends Record<string, unknown>>(on: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: on });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const seed = () => {
  const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/db/seed.ts"], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "error" },
    encoding: "utf8",
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

const counts = async () =>
  (
    await query<Record<string, string>>(
      url,
      `SELECT (SELECT count(*) FROM "Organization") AS organizations, (SELECT count(*) FROM "User") AS users,
              (SELECT count(*) FROM "AiSystem") AS systems, (SELECT count(*) FROM "Risk") AS risks,
              (SELECT count(*) FROM "LiteracyPerson") AS people, (SELECT count(*) FROM "PolicyVersion") AS policies,
              (SELECT count(*) FROM "AuditEvent") AS events`,
    )
  )[0]!;

beforeAll(async () => {
  await query(withDatabase(serverUrl, "postgres"), `CREATE DATABASE "${name}"`);
  await applyMigrations(url);
});

afterAll(async () => {
  await query(withDatabase(serverUrl, "postgres"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("npm run db:seed", () => {
  it("leaves no half-seeded demo organisation when its registers fail, and seeds it whole next time", async () => {
    await query(
      url,
      `CREATE FUNCTION refuse_policy() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'policy refused by the test'; END; $$ LANGUAGE plpgsql;
       CREATE TRIGGER refuse_policy BEFORE INSERT ON "PolicyVersion" FOR EACH ROW EXECUTE FUNCTION refuse_policy();`,
    );
    const failed = seed();
    expect(failed.output).toContain("policy refused by the test");
    expect(failed.status).toBe(1);
    expect(await counts()).toEqual({
      organizations: "0",
      users: "0",
      systems: "0",
      risks: "0",
      people: "0",
      policies: "0",
      events: "0",
    });

    await query(url, `DROP TRIGGER refuse_policy ON "PolicyVersion"`);
    const seeded = seed();
    expect(seeded.output).toContain("Demo organisation created.");
    expect(seeded.status).toBe(0);
    const whole = await counts();
    expect(whole).toMatchObject({ organizations: "1", systems: "33", risks: "4", people: "10", policies: "1" });

    const again = seed();
    expect(again.output).toContain("The demo organisation already exists; nothing changed.");
    expect(await counts()).toEqual(whole);
  }, 600_000);
});
