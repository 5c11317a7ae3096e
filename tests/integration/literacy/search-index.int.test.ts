import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

// The People search's "contains" on name, e-mail and job role is served by the trigram index (20,000 people read
// one by one took ~200 ms: BENCHMARKS.md); coverage by system reads the pairs from the covering index. Sequential
// scans are turned off so that the plan on a tiny test database shows whether the index can serve the query at all.
async function plan(sql: string): Promise<string> {
  return db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

const indexdef = async (name: string) =>
  (await db().$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE indexname = ${name}`)[0]
    ?.indexdef;

describe("AI-literacy register indexes", () => {
  it("serves a search in name, e-mail or job role (any case) from the trigram index", async () => {
    expect(await indexdef("LiteracyPerson_search_trgm_idx")).toContain(
      'USING gin (name gin_trgm_ops, email gin_trgm_ops, "jobRole" gin_trgm_ops)',
    );
    const text = await plan(`SELECT id FROM "LiteracyPerson"
      WHERE "name" ILIKE '%ann smi%' OR "email" ILIKE '%ann smi%' OR "jobRole" ILIKE '%ann smi%'`);
    expect(text).toContain('Bitmap Index Scan on "LiteracyPerson_search_trgm_idx"');
    expect(text).not.toContain("Seq Scan");
  });

  it("keeps the covering indexes that coverage reads the pairs from, by system and by person", async () => {
    expect(await indexdef("SystemOperator_organizationId_systemId_personId_idx")).toContain(
      'USING btree ("organizationId", "systemId", "personId")',
    );
    expect(await indexdef("SystemOperator_organizationId_personId_systemId_idx")).toContain(
      'USING btree ("organizationId", "personId", "systemId")',
    );
  });
});
