// `npm test`: typecheck, lint, unit tests (with coverage of the rules engine), integration tests on a real
// Postgres and end-to-end tests in Chromium. Every stage runs even if an earlier one failed, so the closing
// line `N passed, N failed` carries the true totals; the exit code is non-zero on any failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ltsNode, LTS_NODE } from "./test/lts-node";

const REPORTS = path.join(".data", "test-reports");
fs.rmSync(REPORTS, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });

type Tally = { passed: number; failed: number; skipped: number };
type Command = [program: string, ...args: string[]];
type Stage = {
  name: string;
  /** A function when the program must first be fetched (another Node line): a throw fails the stage, not the run. */
  command: Command | (() => Command);
  env?: Record<string, string>;
  tally: (exitCode: number) => Tally;
};

const single = (code: number): Tally => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

// On the machine's Node by default; `line` runs the same suite on another supported Node line (lts-node.ts).
function vitestStage(project: string, extra: string[] = [], line?: keyof typeof LTS_NODE): Stage {
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
    tally: (code) => {
      const r = readJson<{
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      }>(report);
      if (!r) return single(1);
      // A non-zero exit with no failed test (e.g. a coverage threshold or a crashed file) still counts as a failure.
      const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
      return { passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests };
    },
  };
}

const e2eReport = path.join(REPORTS, "e2e.json");
const stages: Stage[] = [
  { name: "typecheck (tsc)", command: ["npx", "--no-install", "tsc", "--noEmit"], tally: single },
  // npm run lint: ESLint, then the layering rules of .dependency-cruiser.cjs.
  { name: "lint (eslint, dependency-cruiser)", command: ["npm", "run", "--silent", "lint"], tally: single },
  vitestStage("unit", ["--coverage"]),
  vitestStage("unit", [], "22"),
  vitestStage("unit", [], "24"),
  // Integration on the newest LTS line only (Node 20 is past its end of life; the end-to-end server still runs on the
  // machine's Node): a second integration run would add 8 minutes to every CI run.
  vitestStage("integration", [], "24"),
  {
    name: "end-to-end tests (Playwright, Chromium)",
    command: ["npx", "--no-install", "playwright", "test"],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
    tally: (code) => {
      const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
        e2eReport,
      );
      if (!r) return single(1);
      const failed = r.stats.unexpected + (code !== 0 && r.stats.unexpected === 0 ? 1 : 0);
      return { passed: r.stats.expected + r.stats.flaky, failed, skipped: r.stats.skipped };
    },
  },
];

const results: (Tally & { name: string; seconds: number })[] = [];
for (const stage of stages) {
  const started = Date.now();
  let command: Command;
  try {
    command = typeof stage.command === "function" ? stage.command() : stage.command;
  } catch (error) {
    console.log(`\n=== ${stage.name}: ${(error as Error).message}`);
    results.push({ name: stage.name, seconds: (Date.now() - started) / 1000, ...single(1) });
    continue;
  }
  console.log(`\n=== ${stage.name}: ${command.slice(2).join(" ")}`);
  const run = spawnSync(command[0], command.slice(1), { stdio: "inherit", env: { ...process.env, ...stage.env } });
  results.push({ name: stage.name, seconds: (Date.now() - started) / 1000, ...stage.tally(run.status ?? 1) });
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
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 ? 1 : 0);
