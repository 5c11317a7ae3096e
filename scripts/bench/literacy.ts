// The Art 4 register at 100,000 systems (issue #19): coverage by AI system (the /literacy page and the API), by
// business unit, one system's figure (its Overview card and its Art 4 obligation), and the first page of people,
// in this process against the scratch database, through the same data-layer functions the pages call. Each is
// timed `runs` times after one warm-up.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { coverageBySystem, coverageByUnit, systemLiteracy } from "../../lib/dal/literacy/coverage";
import { searchPeople } from "../../lib/dal/literacy/person-detail";
import type { ResultRow } from "./report";
import type { BenchSeed } from "./seed";
import { insertLiteracy } from "./seed-literacy";
import { percentile } from "./stats";

export const LITERACY_TARGET_MS = 200;
// A view computed afresh (the first after a change, or a new day) may take longer than a kept one.
export const LITERACY_FIRST_VIEW_TARGET_MS = 500;

type Volume = { people: number; assignments: number; completions: number };

// A seed made before the register was benchmarked gets its people now (idempotent: only when it has none).
export async function ensureLiteracy(pool: pg.Pool, seed: BenchSeed): Promise<Volume> {
  const count = async () => {
    const { rows } = await pool.query<Volume>(
      `SELECT (SELECT count(*)::int FROM "LiteracyPerson" WHERE "organizationId" = $1) AS people,
              (SELECT count(*)::int FROM "SystemOperator" WHERE "organizationId" = $1) AS assignments,
              (SELECT count(*)::int FROM "LiteracyCompletion" WHERE "organizationId" = $1) AS completions`,
      [seed.organizationId],
    );
    return rows[0] ?? { people: 0, assignments: 0, completions: 0 };
  };
  const now = await count();
  if (now.people > 0) return now;
  const client = await pool.connect();
  try {
    await insertLiteracy(client, seed.organizationId);
  } finally {
    client.release();
  }
  return count();
}

async function time(task: () => Promise<unknown>, runs: number): Promise<{ medianMs: number; p95Ms: number }> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
}

export async function measureLiteracy(seed: BenchSeed, volume: Volume, runs = 20): Promise<ResultRow[]> {
  const actor = { kind: "user" as const, userId: seed.adminId, organizationId: seed.organizationId };
  // The kept figures are keyed by day: a day of its own per call is a first view after a change, every time.
  let day = Date.UTC(2026, 11, 5);
  const fresh = () => new Date((day += 86_400_000)).toISOString().slice(0, 10);
  const scenarios: [string, () => Promise<unknown>, string][] = [
    ["literacy coverage by AI system", () => coverageBySystem(actor), "one grouped query, least covered 500 first"],
    ["literacy coverage by AI system, first view", () => coverageBySystem(actor, fresh()), "not kept: computed"],
    ["literacy coverage by business unit", () => coverageByUnit(actor), "one grouped query"],
    ["literacy coverage by business unit, first view", () => coverageByUnit(actor, fresh()), "not kept: computed"],
    ["literacy of one system", () => systemLiteracy(actor, seed.dossierSystemId), "its Overview card and Art 4 duty"],
    ["literacy people, page 1", () => searchPeople(actor, {}), "50 people by name, with the count"],
    ["literacy people, search", () => searchPeople(actor, { q: "member 1234" }), "name/e-mail/role/unit contains"],
  ];
  const v = `${volume.people.toLocaleString("en")} people, ${volume.assignments.toLocaleString("en")} assignments, ${volume.completions.toLocaleString("en")} trainings`;
  const rows: ResultRow[] = [];
  for (const [scenario, task, what] of scenarios) {
    const t = await time(task, runs);
    const target = scenario.endsWith("first view") ? LITERACY_FIRST_VIEW_TARGET_MS : LITERACY_TARGET_MS;
    rows.push({
      scenario: `${scenario} (${v})`, users: 1, medianMs: t.medianMs, p95Ms: t.p95Ms,
      sqlP95Ms: null, ratio: null, peakRssMb: null, target: `<${target} ms`, met: t.p95Ms < target,
      note: `${what}; in-process through the data layer, ${runs} runs`,
    });
  }
  return rows;
}
