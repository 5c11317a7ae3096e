// The printed table and bench/results.json: one row per scenario and concurrency, with the app's latency, the raw
// SQL's for the same data, their ratio, peak memory, and whether the issue's target is met.
import fs from "node:fs";
import os from "node:os";
import type { Timing } from "./stats";

export type ResultRow = {
  scenario: string; users: number | null; medianMs: number; p95Ms: number; sqlP95Ms: number | null; ratio: number | null;
  peakRssMb: number | null; target: string; met: boolean | null; note?: string;
};

export function pageRow(scenario: string, users: number, app: Timing, sql: Timing, peakRssMb: number | null, cpuPerRequestMs = NaN): ResultRow {
  const ratio = sql.p95Ms > 0 ? Math.round((app.p95Ms / sql.p95Ms) * 10) / 10 : null;
  const underBudget = users < 20 || app.p95Ms < 150;
  const met = app.errors === 0 && ratio !== null && ratio <= 2 && underBudget;
  // CPU per request is the server's own work (not Postgres'); it bounds req/s per core whatever the machine's load.
  const cpu = Number.isNaN(cpuPerRequestMs) ? "" : `, ${Math.round(cpuPerRequestMs)} ms server CPU/request`;
  const note = app.errors ? `${app.errors} failed requests` : `${app.rps} req/s${cpu}; raw SQL median ${sql.medianMs} ms (${sql.requests} runs in ${Math.round(sql.wallMs / 1000)} s)`;
  return { scenario, users, medianMs: app.medianMs, p95Ms: app.p95Ms, sqlP95Ms: sql.p95Ms, ratio, peakRssMb, target: users >= 20 ? "≤2× SQL, <150 ms" : "≤2× SQL", met, note };
}

export function machine(): Record<string, string | number> {
  const cpu = os.cpus()[0];
  return {
    cpu: cpu?.model ?? "unknown", cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage1m: Math.round((os.loadavg()[0] ?? NaN) * 10) / 10, node: process.version,
    serverNode: process.env.BENCH_NODE ?? "same", serverNodeFlags: process.env.BENCH_NODE_FLAGS ?? "npm start's", platform: `${os.platform()} ${os.release()}`,
  };
}

const fmt = (n: number | null | undefined, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? "–" : n.toFixed(digits));

export function table(rows: ResultRow[]): string {
  const head = ["scenario", "users", "median ms", "p95 ms", "SQL p95 ms", "ratio", "peak RSS MB", "target", "met"];
  const body = rows.map((r) => [r.scenario, fmt(r.users), fmt(r.medianMs, 1), fmt(r.p95Ms, 1), fmt(r.sqlP95Ms, 1), fmt(r.ratio, 1), fmt(r.peakRssMb), r.target, r.met === null ? "–" : r.met ? "yes" : "NO"]);
  // Every row has a cell per column; a missing one would pad as empty.
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

export function writeResults(file: string, payload: Record<string, unknown>): void {
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
}

const START = "<!-- bench:results -->";
const END = "<!-- /bench:results -->";

/** Replaces the results block of BENCHMARKS.md with this run's table, machine and timings. */
export function updateBenchmarksMd(file: string, rows: ResultRow[], summary: string): void {
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, "utf8");
  const from = text.indexOf(START), to = text.indexOf(END);
  if (from === -1 || to === -1) return;
  const m = machine();
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.scenario}${r.users ? ` @${r.users}` : ""}: ${r.note}`).join("\n");
  const block = [
    START, "",
    `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}; ` +
      `load average ${m.loadAverage1m} at the end (other work shared the machine).`, "",
    table(rows), "", notes, "", summary, "", END,
  ].join("\n");
  fs.writeFileSync(file, text.slice(0, from) + block + text.slice(to + END.length));
}
