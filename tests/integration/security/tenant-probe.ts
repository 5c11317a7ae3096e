import fc from "fast-check";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { zodArbitrary } from "../../helpers/zod-arbitrary";

type IdPool = { byTable: Map<string, string[]>; all: string[] };

let orgTables: string[] | null = null;
async function tablesWithOrganization(): Promise<string[]> {
  orgTables ??= (
    await db().$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'organizationId' ORDER BY 1`,
    )
  ).map((r) => r.table_name);
  return orgTables;
}

// Every id of every row that belongs to the organisation, by table (child rows and members included, as the
// fingerprint sees them): the ammunition for "use another organisation's ids".
export async function idsOf(organizationId: string): Promise<IdPool> {
  const withId = new Set(
    (
      await db().$queryRawUnsafe<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id'`,
      )
    ).map((t) => t.name),
  );
  const byTable = new Map<string, string[]>();
  for (const [table, where] of Object.entries((await probePlan()).scoped)) {
    if (!withId.has(table)) continue;
    const rows = await db().$queryRawUnsafe<{ id: string }[]>(
      `SELECT "${table}".id::text AS id FROM "${table}" WHERE ${where} LIMIT 50`,
      organizationId,
    );
    if (rows.length)
      byTable.set(
        table.toLowerCase(),
        rows.map((r) => r.id),
      );
  }
  return { byTable, all: [...byTable.values()].flat() };
}

const MEMBERS = `(SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = $1)`;

// Tables without an organizationId column that foreign keys do not tie to one organisation: each says how the
// fingerprint covers it (a row filter over the table, $1 = the organisation) or why it is left out.
export const UNSCOPED_TABLES: Record<string, { where?: string; reason: string }> = {
  Organization: { where: `"Organization"."id" = $1`, reason: "the organisation's own row" },
  User: {
    where: `"User"."id" IN ${MEMBERS}`,
    reason: "people can belong to several organisations: the members' user rows",
  },
  AuthSession: {
    where: `"AuthSession"."userId" IN ${MEMBERS} OR "AuthSession"."activeOrganizationId" = $1`,
    reason: "the members' sign-in sessions, and any session switched into the organisation",
  },
  RateLimit: {
    reason:
      "rate-limit counters under hashed keys (sign-in per account and address, API per token), written by anyone who tries; login-throttle and API rate-limit tests cover them",
  },
  PasswordResetToken: {
    where: `"PasswordResetToken"."userId" IN ${MEMBERS}`,
    reason: "the members' password reset links",
  },
  PendingSignUp: {
    reason:
      "sign-ups waiting for e-mail confirmation: no user or organisation exists yet (tests/integration/accounts.int.test.ts)",
  },
  _prisma_migrations: { reason: "schema history, not data" },
};

type Fk = { table: string; column: string; refTable: string; refColumn: string };

// The row filter of every table, from the schema: organizationId when the table has it, else the declaration
// above, else its foreign keys to an organisation's rows (one hop, or two through a table that has one).
// A table none of these reach throws, so a new table cannot slip past the tamper probes unnoticed.
export async function probePlan(): Promise<{ scoped: Record<string, string>; excluded: Record<string, string> }> {
  const tables = (
    await db().$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    )
  ).map((t) => t.name);
  const withOrg = new Set(await tablesWithOrganization());
  const fks = await db().$queryRawUnsafe<Fk[]>(`
    SELECT cl.relname AS "table", a.attname AS "column", rcl.relname AS "refTable", ra.attname AS "refColumn"
    FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace JOIN pg_class rcl ON rcl.oid = c.confrelid
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND n.nspname = current_schema() AND cardinality(c.conkey) = 1 ORDER BY 1, 2`);
  const direct = (table: string) => (withOrg.has(table) ? `"${table}"."organizationId" = $1` : null);
  const via = (table: string, target: (t: string) => string | null) => {
    const parts = fks
      .filter((fk) => fk.table === table && fk.refTable !== table)
      .flatMap((fk) => {
        const where = target(fk.refTable);
        return where
          ? [
              `"${table}"."${fk.column}" IN (SELECT "${fk.refTable}"."${fk.refColumn}" FROM "${fk.refTable}" WHERE ${where})`,
            ]
          : [];
      });
    return parts.length ? parts.join(" OR ") : null;
  };
  const oneHop = (table: string) => (withOrg.has(table) || table in UNSCOPED_TABLES ? null : via(table, direct));
  const scoped: Record<string, string> = {};
  const excluded: Record<string, string> = {};
  for (const table of tables) {
    const declared = UNSCOPED_TABLES[table];
    const where = direct(table) ?? declared?.where ?? (declared ? null : (oneHop(table) ?? via(table, oneHop)));
    if (where) scoped[table] = where;
    else if (declared) excluded[table] = declared.reason;
    else
      throw new Error(
        `Table "${table}" has no organizationId and no foreign key to an organisation's rows: declare it in UNSCOPED_TABLES (tests/integration/security/tenant-probe.ts) with how it is covered or why it is not.`,
      );
  }
  return { scoped, excluded };
}

let digestSql: string | null = null;

// A digest of every row that belongs to the organisation, for every table of the schema (child rows found through
// their foreign keys, members' user rows, …): any change by a probe shows up here.
export async function fingerprint(organizationId: string): Promise<Record<string, string>> {
  digestSql ??= Object.entries((await probePlan()).scoped)
    .map(
      ([table, where]) =>
        `SELECT '${table}' AS name, (SELECT coalesce(md5(string_agg("${table}"::text, '|' ORDER BY "${table}"::text)), '') FROM "${table}" WHERE ${where}) AS digest`,
    )
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ name: string; digest: string }[]>(digestSql, organizationId);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

const ID_KEY = /(^id$|Id$|^ids$|Ids$|^token$)/;

function pick(pool: IdPool, key: string, seed: number): string {
  const table = key.replace(/Ids?$/, "").toLowerCase();
  const candidates =
    [...pool.byTable.entries()].find(([name]) => name === table || name === `ai${table}`)?.[1] ?? pool.all;
  return candidates[seed % candidates.length] ?? "missing";
}

// Puts the victim's ids into every id-like field of an input, at any depth.
export function withForeignIds(value: unknown, pool: IdPool, seed: number, key = ""): unknown {
  if (typeof value === "string" && ID_KEY.test(key)) return pick(pool, key, seed);
  if (Array.isArray(value))
    return ID_KEY.test(key)
      ? [pick(pool, key, seed), pick(pool, key, seed + 1)]
      : value.map((v, i) => withForeignIds(v, pool, seed + i, key));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withForeignIds(v, pool, seed, k)]));
  return value;
}

// Inputs the schema accepts (so the probe reaches the data-access layer), carrying the victim's ids.
export function validInputs(schema: z.ZodType, pool: IdPool, count: number): unknown[] {
  const samples = fc.sample(zodArbitrary(schema), { numRuns: 400, seed: 7 });
  const out: unknown[] = [];
  for (const [i, sample] of samples.entries()) {
    const candidate = withForeignIds(sample, pool, i);
    if (schema.safeParse(candidate).success) out.push(candidate);
    if (out.length >= count) break;
  }
  return out;
}
