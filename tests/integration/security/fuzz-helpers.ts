import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { defined, one } from "../../helpers/expect-defined";

// Every `export const x = createAction(` / `createPublicAction(` in app/**/actions.ts, found in the source so that
// a new action is fuzzed (or fails the coverage check) without anyone adding it here.
export function discoverActions(dir = "app"): { file: string; name: string }[] {
  const found: { file: string; name: string }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...discoverActions(full));
    else if (entry.name === "actions.ts") {
      const source = fs.readFileSync(full, "utf8");
      for (const match of source.matchAll(/export const (\w+)\s*=\s*create(?:Public)?Action\(/g))
        found.push({ file: full, name: defined(match[1], "action name") });
    }
  }
  return found;
}

let tables: string[] | null = null;

// Row counts of every table in one query: a rejected input must leave all of them unchanged (every mutation also
// writes an audit event, so an update without an insert still shows up as one more AuditEvent row). The API's call
// log and the rate-limit counters are left out: they record every call, rejected ones included, by design (a counter
// row appears, or an expired one is pruned, as the minute window turns).
const LOGS_EVERY_CALL = new Set(["ApiRequestLog", "RateLimit"]);
export async function rowCounts(): Promise<Record<string, number>> {
  tables ??= (
    await db().$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_%' ORDER BY 1`,
    )
  )
    .map((t) => t.table_name)
    .filter((t) => !LOGS_EVERY_CALL.has(t));
  // A Postgres function takes at most 100 arguments (50 tables): one object per 40 tables, merged.
  const chunks: string[] = [];
  for (let i = 0; i < tables.length; i += 40)
    chunks.push(
      `jsonb_build_object(${tables
        .slice(i, i + 40)
        .map((t) => `'${t}', (SELECT count(*) FROM "${t}")`)
        .join(", ")})`,
    );
  const rows = await db().$queryRawUnsafe<{ counts: Record<string, number> }[]>(
    `SELECT (${chunks.join(" || ") || "'{}'::jsonb"}) AS counts`,
  );
  return one(rows, 0, "row counts").counts;
}

// Text that must never reach a user: stack frames, source paths, SQL, driver names.
export const LEAK_PATTERN =
  /\n\s+at\s|\bat\s+\S+\s+\(\S+:\d+|\.tsx?:\d+|node_modules|prisma|\bpg\b|postgres|\bSELECT\s|\bINSERT INTO\b|TypeError|ReferenceError|undefined is not|Cannot read prop/;
