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

// Every id of every row the organisation owns, by table: the ammunition for "use another organisation's ids".
export async function idsOf(organizationId: string): Promise<IdPool> {
  const byTable = new Map<string, string[]>();
  for (const table of await tablesWithOrganization()) {
    const rows = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "${table}" WHERE "organizationId" = $1 LIMIT 50`, organizationId);
    if (rows.length) byTable.set(table.toLowerCase(), rows.map((r) => r.id));
  }
  return { byTable, all: [...byTable.values()].flat() };
}

// A digest of every row the organisation owns, table by table: any change by a probe shows up here.
export async function fingerprint(organizationId: string): Promise<Record<string, string>> {
  const parts = (await tablesWithOrganization()).map(
    (table) => `'${table}', (SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "${table}" t WHERE "organizationId" = $1)`,
  );
  const [row] = await db().$queryRawUnsafe<{ digests: Record<string, string> }[]>(`SELECT json_build_object(${parts.join(", ")}) AS digests`, organizationId);
  return row.digests;
}

const ID_KEY = /(^id$|Id$|^ids$|Ids$|^token$)/;

function pick(pool: IdPool, key: string, seed: number): string {
  const table = key.replace(/Ids?$/, "").toLowerCase();
  const candidates = [...pool.byTable.entries()].find(([name]) => name === table || name === `ai${table}`)?.[1] ?? pool.all;
  return candidates[seed % candidates.length] ?? "missing";
}

// Puts the victim's ids into every id-like field of an input, at any depth.
export function withForeignIds(value: unknown, pool: IdPool, seed: number, key = ""): unknown {
  if (typeof value === "string" && ID_KEY.test(key)) return pick(pool, key, seed);
  if (Array.isArray(value)) return ID_KEY.test(key) ? [pick(pool, key, seed), pick(pool, key, seed + 1)] : value.map((v, i) => withForeignIds(v, pool, seed + i, key));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withForeignIds(v, pool, seed, k)]));
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
