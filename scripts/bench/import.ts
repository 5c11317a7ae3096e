// The CSV import of 10,000 rows (the file of csv.ts), dry run then commit, as the import page sends it: the file as the
// body of POST /systems/import/run on a freshly started server. Reports time, the server's peak RSS (target 400 MB,
// issue #14) and the slowest answer of /api/auth/csrf asked every 100 ms meanwhile (the event loop stays free).
import { setTimeout as sleep } from "node:timers/promises";
import { importRunUrl } from "../../lib/validations/import";
import { buildCsv } from "./csv";
import type { HeavyResult } from "./heavy";
import { rssMb, withPeakRss } from "./server";

export const IMPORT_RSS_TARGET_MB = 400;
const ROWS = 10_000;

type ImportLine = { type: string; error?: string; report?: { created: number; classified: number; errors: unknown[] } };

async function postImport(baseUrl: string, cookie: string, csv: string, dryRun: boolean): Promise<ImportLine> {
  const response = await fetch(`${baseUrl}${importRunUrl({ dryRun })}`, {
    method: "POST", headers: { Cookie: cookie, "Content-Type": "text/csv" }, body: csv,
  });
  const lines = (await response.text()).split("\n").filter(Boolean).map((l) => JSON.parse(l) as ImportLine);
  const last = lines.at(-1);
  if (!last || last.type !== "report") throw new Error(`import answered HTTP ${response.status}: ${last?.error ?? "no report"}`);
  if (last.report?.errors.length) throw new Error(`the bench file has ${last.report.errors.length} errors`);
  return last;
}

async function slowestPing<T>(baseUrl: string, work: () => Promise<T>): Promise<{ result: T; worstMs: number }> {
  let done = false, worstMs = 0;
  const pinger = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(`${baseUrl}/api/auth/csrf`)).text();
      worstMs = Math.max(worstMs, performance.now() - started);
      await sleep(100);
    }
  })();
  try {
    const result = await work();
    done = true;
    await pinger;
    return { result, worstMs };
  } finally {
    done = true;
  }
}

export async function measureImport(baseUrl: string, cookie: string, serverPid: number, ownerEmail: string): Promise<HeavyResult[]> {
  const csv = buildCsv(ROWS, ownerEmail);
  const out: HeavyResult[] = [];
  for (const dryRun of [true, false]) {
    const idleMb = Math.round(rssMb(serverPid));
    const started = performance.now();
    const { result, peakRssMb } = await withPeakRss(serverPid, () => slowestPing(baseUrl, () => postImport(baseUrl, cookie, csv, dryRun)));
    const ms = Math.round(performance.now() - started);
    const what = dryRun ? "dry run" : `commit, ${result.result.report?.classified ?? 0} classified`;
    out.push({
      name: `CSV import, 10,000 rows (${dryRun ? "dry run" : "commit"})`, runs: 1, medianMs: ms, p95Ms: ms, peakRssMb,
      note: `${what}; ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB over HTTP; server at ${idleMb} MB before; slowest /api/auth/csrf meanwhile ${Math.round(result.worstMs)} ms`,
    });
  }
  return out;
}
