// `npm test`: typecheck, lint, unit tests (with coverage of the rules engine), integration tests on a real
// Postgres and end-to-end tests in Chromium. Every stage runs even if an earlier one failed, so the closing
// line `N passed, N failed` carries the true totals; the exit code is non-zero on any failure.
import fs from "node:fs";
import path from "node:path";
import { ltsNode } from "./test/lts-node";
import { playwrightTally, single, vitestTally, type Tally } from "./test/reports";
import { runStage, type Command } from "./test/run-stage";

const REPORTS = path.join(".data", "test-reports");
fs.rmSync(REPORTS, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });

// CI stops a run after 90 minutes and says nothing of it. The run keeps to 80, so that a stage that hangs is stopped
// here, reported by name, and the summary still prints.
const BUDGET_MS = 80 * 60_000;
const startedAt = Date.now();

type Stage = {
  name: string;
  /** A function when the program must first be fetched (another Node line): a throw fails the stage, not the run. */
  command: Command | (() => Command);
  env?: Record<string, string>;
  limitMinutes: number;
  tally: (exitCode: number) => Tally;
  /** A step that only prepares others (a build) adds to the totals only when it fails. */
  quiet?: boolean;
};

// On the machine's Node by default; `line` runs the same suite on the newest LTS line (lts-node.ts).
function vitestStage(project: string, limitMinutes: number, extra: string[] = [], line?: "24"): Stage {
  const report = path.join(REPORTS, `${project}${line ? `-node${line}` : ""}.json`);
  const args = [
    "run",
    "--project",
    project,
    ...extra,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ];
  return {
    name: `${project} tests (vitest${line ? `, Node ${line}` : ""})`,
    command: line
      ? () => [ltsNode(line), path.join("node_modules", "vitest", "vitest.mjs"), ...args]
      : ["npx", "--no-install", "vitest", ...args],
    limitMinutes,
    tally: (code) => vitestTally(report, code),
  };
}

// The end-to-end suite in one Playwright run. Two shards side by side (each with its own server and database) were
// tried: on two cores each test took twice as long, and the stage took 33 minutes instead of 29.
const e2eReport = path.join(REPORTS, "e2e.json");
const e2e: Stage = {
  name: "end-to-end tests (Playwright, Chromium)",
  command: ["npx", "--no-install", "playwright", "test"],
  env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
  limitMinutes: 45,
  tally: (code) => playwrightTally(e2eReport, code),
};

// Stages in one group run side by side; groups run one after another.
const groups: Stage[][] = [
  [
    { name: "typecheck (tsc)", command: ["npx", "--no-install", "tsc", "--noEmit"], limitMinutes: 10, tally: single },
    // npm run lint: Prettier, ESLint, then the layering rules of .dependency-cruiser.cjs.
    {
      name: "lint (eslint, dependency-cruiser)",
      command: ["npm", "run", "--silent", "lint"],
      limitMinutes: 10,
      tally: single,
    },
  ],
  [vitestStage("unit", 15, ["--coverage"])],
  // Node 20 is past its end of life; the newest LTS line runs both suites too (the end-to-end server stays on the
  // machine's Node).
  [vitestStage("unit", 15, [], "24")],
  [vitestStage("integration", 30, [], "24")],
  [
    {
      name: "production build for the end-to-end tests",
      command: ["npx", "--no-install", "tsx", "scripts/test/build-app.ts"],
      limitMinutes: 15,
      tally: single,
      quiet: true,
    },
  ],
  [e2e],
];

async function runOne(stage: Stage, tag?: string) {
  const remaining = BUDGET_MS - (Date.now() - startedAt);
  let command: Command;
  try {
    if (remaining <= 0) throw new Error("not run: the run's time budget is spent");
    command = typeof stage.command === "function" ? stage.command() : stage.command;
  } catch (error) {
    console.log(`\n=== ${stage.name}: ${(error as Error).message}`);
    return { name: stage.name, seconds: 0, ...single(1) };
  }
  console.log(`\n=== ${stage.name}: ${command.slice(2).join(" ")}`);
  const limitMs = Math.min(stage.limitMinutes * 60_000, remaining);
  const run = await runStage(command, { env: stage.env, limitMs, tag });
  const tally = stage.tally(run.timedOut ? 1 : run.code);
  const counted = stage.quiet && !tally.failed ? { passed: 0, failed: 0, skipped: 0 } : tally;
  return {
    name: `${stage.name}${run.timedOut ? " (stopped: over its time limit)" : ""}`,
    seconds: run.seconds,
    ...counted,
  };
}

async function main() {
  const results: (Tally & { name: string; seconds: number })[] = [];
  for (const group of groups) {
    const tag = (stage: Stage) => (group.length > 1 ? stage.name.split(" (")[0] : undefined);
    results.push(...(await Promise.all(group.map((stage) => runOne(stage, tag(stage))))));
  }
  console.log("\n=== Summary");
  for (const r of results) {
    console.log(
      `${r.failed ? "FAIL" : "ok  "}  ${r.name.padEnd(42)} ${String(r.passed).padStart(4)} passed  ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(0).padStart(4)} s`,
    );
  }
  const total = results.reduce(
    (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log(`\nwhole run: ${((Date.now() - startedAt) / 60_000).toFixed(1)} min`);
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed > 0 ? 1 : 0);
}

void main();
