import fs from "node:fs";

export type Tally = { passed: number; failed: number; skipped: number };

export const single = (code: number): Tally => ({
  passed: code === 0 ? 1 : 0,
  failed: code === 0 ? 0 : 1,
  skipped: 0,
});

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

// A non-zero exit with no failed test (a coverage threshold, a crashed file, a stage stopped at its time limit) still
// counts as one failure; so does a missing report.
const withExit = (code: number, t: Tally): Tally => ({ ...t, failed: t.failed + (code !== 0 && !t.failed ? 1 : 0) });

export function vitestTally(report: string, code: number): Tally {
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(
    report,
  );
  if (!r) return single(1);
  return withExit(code, {
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  });
}

export function playwrightTally(report: string, code: number): Tally {
  const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
  if (!r) return single(1);
  return withExit(code, {
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  });
}
