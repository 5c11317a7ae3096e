// The app as users get it: a production build in its own folder (.next-bench, so it never disturbs a developer's
// .next or a parallel e2e build), served as `npm start` serves it against the scratch database. Its memory is sampled
// from /proc so the report can give peak RSS per scenario.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { serverNodeFlags } from "../start/server-node-flags";
import { processTree } from "./process-tree";
import { LTS_NODE, ltsNode } from "../test/lts-node";

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const SERVER_SCRIPT = path.join("scripts", "start", "server.mjs");
// BENCH_DIST_DIR lets two benchmark runs (e.g. a dossier-only one) build side by side.
export const BENCH_DIST_DIR = process.env.BENCH_DIST_DIR || ".next-bench";

// Sealing signs with the organisation's key, stored encrypted under ACTLAS_SECRETS_KEY. The scratch database is
// throw-away, so a fixed key (the same on every run, as --keep reuses the database) serves when none is set.
process.env.ACTLAS_SECRETS_KEY ||= Buffer.alloc(32, "actlas-bench-scratch-key").toString("base64");

// For comparing runtimes and collector settings on the same build: BENCH_NODE names another Node line ("24", installed
// from the npm registry by scripts/test/lts-node.ts) or binary, BENCH_NODE_FLAGS replaces the flags `npm start` uses (ACTLAS_GC chooses among those).
// Read when a server starts, so `npm run bench -- --node 24` can set it after the imports.
function serverNode(): string {
  const wanted = process.env.BENCH_NODE;
  if (!wanted) return process.execPath;
  return wanted in LTS_NODE ? ltsNode(wanted as keyof typeof LTS_NODE) : wanted;
}
const nodeFlags = () => (process.env.BENCH_NODE_FLAGS === undefined ? serverNodeFlags() : process.env.BENCH_NODE_FLAGS.split(" ").filter(Boolean));

export type BenchServer = { url: string; pid: number; buildSeconds: number | null; stop(): Promise<void> };

// With `reuse`, a build newer than every source is kept (the same rule as `npm start`).
export function buildApp(log: (m: string) => void, reuse: boolean): number | null {
  const buildId = path.join(BENCH_DIST_DIR, "BUILD_ID");
  if (reuse && fs.existsSync(buildId) && newestSource() <= fs.statSync(buildId).mtimeMs) {
    log(`reusing the production build in ${BENCH_DIST_DIR}`);
    return null;
  }
  const started = performance.now();
  log(`building the production app into ${BENCH_DIST_DIR} (a few minutes)…`);
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: ["ignore", fs.openSync(path.join(".data", "bench-build.log"), "w"), "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed; see .data/bench-build.log");
  return (performance.now() - started) / 1000;
}

const SOURCES = ["app", "components", "lib", "proxy.ts", "next.config.ts", "prisma/schema.prisma"];

function newestSource(entry = "", depth = 0): number {
  if (!entry) return Math.max(...SOURCES.map((s) => newestSource(s, 1)));
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).filter((n) => n !== "generated").map((n) => newestSource(path.join(entry, n), depth + 1)));
}

// The process `npm start` runs (scripts/start/server.mjs, one instance, its node flags), not `next start`, which
// compiles next.config.ts at start and so holds SWC's compilers that the production server never loads. nodeArgs:
// e.g. --cpu-prof for scripts/bench/profile.ts.
export async function startServer(databaseUrl: string, port: number, buildSeconds: number | null, nodeArgs: string[] = []): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(serverNode(), [...nodeFlags(), ...nodeArgs, SERVER_SCRIPT], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...serverEnv(databaseUrl, url), PORT: String(port), ACTLAS_INSTANCES: "1" },
  });
  return whenServing(child, url, buildSeconds, () => true);
}

/**
 * The server exactly as `npm start` runs it (scripts/start/server.mjs) with ACTLAS_INSTANCES=count: for --instances,
 * so the scaling figures are those of the cluster users deploy. Ready once every instance has said so, so no
 * measurement starts while a worker is still loading.
 */
export async function startInstances(databaseUrl: string, port: number, count: number): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(serverNode(), [...nodeFlags(), SERVER_SCRIPT], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...serverEnv(databaseUrl, url), PORT: String(port), ACTLAS_INSTANCES: String(count) },
  });
  // Each instance prints this once it listens (scripts/start/serve.mjs). A line may arrive split over two chunks, so
  // the end of the previous chunk (too short to hold a whole one) is read again with the next.
  const marker = "[actlas] Ready on ";
  let ready = 0;
  let carried = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = carried + chunk.toString();
    ready += text.split(marker).length - 1;
    carried = text.slice(-(marker.length - 1));
  });
  return whenServing(child, url, null, () => ready >= count);
}

function serverEnv(databaseUrl: string, url: string): NodeJS.ProcessEnv {
  return {
    ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST_DIR, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"), NEXTAUTH_URL: url, JOBS_ENABLED: "false",
  };
}

async function whenServing(child: ChildProcess, url: string, buildSeconds: number | null, allReady: () => boolean): Promise<BenchServer> {
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  process.once("exit", () => child.kill("SIGTERM"));
  for (const end = Date.now() + 120_000; Date.now() < end; ) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if (allReady() && (await fetch(`${url}/api/auth/csrf`)).ok) return { url, pid: child.pid ?? 0, buildSeconds, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("the app did not answer within 2 minutes");
}

/** Resident memory (MB) of the server and any workers it started. */
export function rssMb(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      kb += m ? Number(m[1]) : 0;
    } catch {
      // exited between listing and reading
    }
  }
  return kb / 1024;
}

/** Samples RSS every 50 ms while `work` runs; returns its result and the peak. */
export async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = rssMb(pid);
  const timer = setInterval(() => { peak = Math.max(peak, rssMb(pid)); }, 50);
  try {
    const result = await work();
    return { result, peakRssMb: Math.round(Math.max(peak, rssMb(pid))) };
  } finally {
    clearInterval(timer);
  }
}
