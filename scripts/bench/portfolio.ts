// The sealed portfolio report of the whole 100,000-system organisation (issue #18: charts and annex, under 3 s), in
// this process against the scratch database: the dashboard's figures, the annex lists, rendering and the PAdES
// signature, stored as a new version, exactly as the Reports page's export runs it. Each run times two exports: the
// first right after a change of one obligation's status (so the dashboard's figures are computed afresh, as on the
// first export after anyone edits anything), the second with nothing changed (the figures come from the cache; the
// export's own audit event is not a change of data).
import { performance } from "node:perf_hooks";
import { exportPortfolioReport } from "../../lib/dal/dashboard/portfolio-report";
import { db } from "../../lib/db/client";
import type { BenchSeed } from "./seed";
import { percentile } from "./stats";

export type PortfolioResult = {
  runs: number;
  /** Exports right after a change of data: the dashboard's figures are computed in the export. */
  changedMedianMs: number;
  changedP95Ms: number;
  /** Exports with nothing changed since the last one: the figures come from the cache. */
  medianMs: number;
  p95Ms: number;
  pages: number;
  pdfKb: number;
  peakRssMb: number;
};

const round = (n: number) => Math.round(n * 10) / 10;

export async function measurePortfolio(seed: Pick<BenchSeed, "adminId" | "organizationId">, runs = 5): Promise<PortfolioResult> {
  const actor = { kind: "user" as const, userId: seed.adminId, organizationId: seed.organizationId };
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const changed: number[] = [];
    const unchanged: number[] = [];
    let report: Awaited<ReturnType<typeof exportPortfolioReport>> | undefined;
    for (let i = 0; i < runs; i++) {
      await touchOneObligation(seed.organizationId, i);
      let t = performance.now();
      report = await exportPortfolioReport(actor);
      changed.push(performance.now() - t);
      t = performance.now();
      report = await exportPortfolioReport(actor);
      unchanged.push(performance.now() - t);
    }
    if (!report) throw new Error("measurePortfolio needs at least one run");
    const stat = (times: number[], p: number) => round(percentile([...times].sort((a, b) => a - b), p));
    const pages = (report.pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    return {
      runs,
      changedMedianMs: stat(changed, 50),
      changedP95Ms: stat(changed, 95),
      medianMs: stat(unchanged, 50),
      p95Ms: stat(unchanged, 95),
      pages,
      pdfKb: Math.round(report.pdf.length / 1024),
      peakRssMb: Math.round(peak / 2 ** 20),
    };
  } finally {
    clearInterval(sample);
  }
}

// A real edit, as the app makes one: a status flips and updatedAt moves, which the dashboard's data stamp sees.
async function touchOneObligation(organizationId: string, i: number): Promise<void> {
  const status = i % 2 === 0 ? "IN_PROGRESS" : "NOT_STARTED";
  await db().$executeRaw`
    UPDATE "Obligation" SET status = ${status}::"ObligationStatus", "updatedAt" = now()
    WHERE id = (SELECT id FROM "Obligation" WHERE "organizationId" = ${organizationId} AND "obsoleteAt" IS NULL
                AND status IN ('NOT_STARTED', 'IN_PROGRESS') ORDER BY id LIMIT 1)`;
}
