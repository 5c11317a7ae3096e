// The standards crosswalk at 100,000 systems (issue #19): the coverage query every /standards page and
// GET /api/v1/standards* read (obligations of the mapped codes by state and evidence, high-risk systems with a risk
// register, Art 4 pairs trained today), the framework views built on it, and a control's drill-down to its duties,
// in this process against the scratch database, through the same data-layer functions the pages call. Each is timed
// `runs` times after one warm-up; "first view" uses a new day each call, so nothing kept is served. Beside the
// latency, the CPU each call cost (this process and the Postgres cluster, from /proc), which the machine's load does
// not inflate the way it does the wall clock.
import { performance } from "node:perf_hooks";
import { coverageFacts } from "../../lib/dal/standards/coverage";
import { frameworkSummaries, frameworkView } from "../../lib/dal/standards/crosswalk";
import { obligationsOfCodes } from "../../lib/dal/standards/drill-down";
import { db } from "../../lib/db/client";
import { postgresCpuMs } from "./postgres-cpu";
import type { ResultRow } from "./report";
import type { BenchSeed } from "./seed";
import { percentile } from "./stats";

export const STANDARDS_TARGET_MS = 300;

type Timed = { medianMs: number; p95Ms: number; nodeCpuMs: number; postgresCpuMs: number };

async function time(task: () => Promise<unknown>, runs: number): Promise<Timed> {
  await task();
  const dataDir = `${process.env.BENCH_DATA_DIR ?? ".data/bench"}/postgres`;
  const times: number[] = [];
  const cpu = process.cpuUsage();
  const pgBefore = postgresCpuMs(dataDir);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    times.push(performance.now() - t);
  }
  const node = process.cpuUsage(cpu);
  const pgAfter = postgresCpuMs(dataDir);
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    nodeCpuMs: Math.round((node.user + node.system) / 1000 / runs),
    postgresCpuMs: Math.round((pgAfter - pgBefore) / runs),
  };
}

const touchOneDuty = (org: string) =>
  db().$executeRaw`UPDATE "Obligation" SET "updatedAt" = now()
    WHERE "id" = (SELECT "id" FROM "Obligation" WHERE "organizationId" = ${org} LIMIT 1)`;

export async function measureStandards(seed: BenchSeed, runs = 10): Promise<ResultRow[]> {
  const actor = { kind: "user" as const, userId: seed.adminId, organizationId: seed.organizationId };
  let day = Date.UTC(2026, 11, 5);
  const fresh = () => new Date((day += 86_400_000)).toISOString().slice(0, 10);
  const scenarios: [string, () => Promise<unknown>, string][] = [
    // A duty touched first moves the data stamp, so every part is computed again (the touch is ~1 ms of it).
    [
      "crosswalk coverage query, first view after a change",
      async () => {
        await touchOneDuty(seed.organizationId);
        return coverageFacts(actor, fresh());
      },
      "computed: nothing kept",
    ],
    // Only the Art 4 pairs depend on the day: the duties and the inventory are kept across midnight.
    ["crosswalk coverage query, first view of a new day", () => coverageFacts(actor, fresh()), "Art 4 pairs computed"],
    ["crosswalk coverage query", () => coverageFacts(actor), "as a page asks for it"],
    ["/standards (every framework's summary)", () => frameworkSummaries(actor), "one coverage query + SoA"],
    ["/standards/iso-42001 (38 controls + SoA)", () => frameworkView(actor, "iso-42001"), "the page's data"],
    [
      "control drill-down A.6.2.6 (3 duty codes)",
      () =>
        obligationsOfCodes(actor, ["hr.post_market_monitoring", "hr.deployer.monitoring", "hr.human_oversight"]),
      "first 200 duties, least advanced first, with the count",
    ],
    [
      // Few duties, of systems named late in the alphabet: walking the systems by name would read half of them.
      "control drill-down A.5.4 (FRIA, 26,875 duties)",
      () => obligationsOfCodes(actor, ["hr.deployer.fria"]),
      "first 200 duties, with the count",
    ],
  ];
  const rows: ResultRow[] = [];
  for (const [scenario, task, what] of scenarios) {
    const t = await time(task, runs);
    rows.push({
      scenario: `${scenario} (${seed.systems.toLocaleString("en")} systems)`,
      users: 1,
      medianMs: t.medianMs,
      p95Ms: t.p95Ms,
      sqlP95Ms: null,
      ratio: null,
      peakRssMb: null,
      target: `<${STANDARDS_TARGET_MS} ms`,
      met: t.p95Ms < STANDARDS_TARGET_MS,
      note: `${what}; CPU per call ${t.nodeCpuMs + t.postgresCpuMs} ms (Postgres ${t.postgresCpuMs}, Node ${t.nodeCpuMs}); in-process through the data layer, ${runs} runs`,
    });
  }
  return rows;
}
