import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { runStage } from "../../../scripts/test/run-stage";

// A stopped process may linger as a zombie until its new parent reaps it; it no longer runs.
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

// `npm test` must end with its summary even when a stage hangs or leaves a server behind (CI's own limit says
// nothing of which stage it was).
describe("runStage", () => {
  it("stops a stage that runs over its limit and says so", async () => {
    const run = await runStage(["bash", "-c", "sleep 30"], { limitMs: 300 });
    expect(run.timedOut).toBe(true);
    expect(run.seconds).toBeLessThan(10);
  });

  it("returns when the stage exits, although a process it left still holds the output, and stops that process", async () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
    let run;
    try {
      run = await runStage(["bash", "-c", "sleep 30 & echo left=$!"], { limitMs: 20_000, tag: "t" });
    } finally {
      process.stdout.write = write;
    }
    expect(run).toMatchObject({ code: 0, timedOut: false });
    expect(run.seconds).toBeLessThan(10);
    const pid = Number(lines.join("").match(/^\[t\] left=(\d+)$/m)?.[1]);
    expect(pid).toBeGreaterThan(0);
    await expect.poll(() => running(pid)).toBe(false);
  });

  it("passes on the stage's exit code", async () => {
    expect((await runStage(["bash", "-c", "exit 3"], { limitMs: 5_000 })).code).toBe(3);
  });
});
