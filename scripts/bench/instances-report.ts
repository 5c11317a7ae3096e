// `npm run bench -- --instances N` (issue #21): the page scenarios at 20 users against one instance and against N,
// side by side. The pure part: reading the flag, one side's figures, and the printed table.
import type { Timing } from "./stats";

// The same ceiling as ACTLAS_INSTANCES (scripts/start/server.mjs); one instance is always the other side.
const MAX_INSTANCES = 64;

/** The N of `--instances N`, or undefined when the flag is absent (the benchmark then runs as it always has). */
export function parseInstances(argv: string[]): number | undefined {
  const i = argv.indexOf("--instances");
  if (i === -1) return undefined;
  const value = argv[i + 1];
  const count = Number(value);
  if (!value || !/^\d+$/.test(value) || count < 2 || count > MAX_INSTANCES)
    throw new Error(`--instances takes a whole number from 2 to ${MAX_INSTANCES} (compared with one instance), not ${value === undefined ? "nothing" : `"${value}"`}`);
  return count;
}

export type InstanceSide = {
  instances: number; requests: number; errors: number; rps: number; medianMs: number; p95Ms: number;
  /** Server CPU (user + system) per request, summed over the primary and every worker. */
  cpuMsPerRequest: number;
  /** Peak resident memory of the primary and every worker together. */
  peakRssMb: number;
};

export type InstancesRow = { scenario: string; users: number; one: InstanceSide; many: InstanceSide };

export function instanceSide(instances: number, app: Timing, cpuMs: number, peakRssMb: number): InstanceSide {
  const cpuMsPerRequest = Math.round((cpuMs / Math.max(1, app.requests + app.errors)) * 10) / 10;
  return { instances, requests: app.requests, errors: app.errors, rps: app.rps, medianMs: app.medianMs, p95Ms: app.p95Ms, cpuMsPerRequest, peakRssMb };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

/** Throughput of N instances over one: above 1 when N serve more requests a second. */
export function speedUp(row: InstancesRow): number {
  return row.one.rps > 0 ? Math.round((row.many.rps / row.one.rps) * 100) / 100 : NaN;
}

export function instancesTable(rows: InstancesRow[]): string {
  const n = rows[0]?.many.instances ?? 0;
  const head = ["scenario", "users", "req/s ×1", "p95 ms ×1", `req/s ×${n}`, `p95 ms ×${n}`, "req/s gain", `CPU ms/req ×1 / ×${n}`, `peak RSS MB ×1 / ×${n}`, "failed"];
  const body = rows.map((r) => [
    r.scenario, String(r.users), fmt(r.one.rps, 1), fmt(r.one.p95Ms, 1), fmt(r.many.rps, 1), fmt(r.many.p95Ms, 1), `${fmt(speedUp(r), 2)}×`,
    `${fmt(r.one.cpuMsPerRequest)} / ${fmt(r.many.cpuMsPerRequest)}`, `${fmt(r.one.peakRssMb)} / ${fmt(r.many.peakRssMb)}`, `${r.one.errors} / ${r.many.errors}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}
