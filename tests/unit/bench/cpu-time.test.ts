// The benchmark's server CPU must count every instance: under ACTLAS_INSTANCES the primary only supervises and the
// workers serve, so the primary's own time alone would report next to nothing per request.
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { cpuMs, mainThreadCpuMs } from "../../../scripts/bench/cpu-time";
import { processTree } from "../../../scripts/bench/process-tree";

const BURN_MS = 600;
// The loop checks its CPU time once per million additions: a check each turn would spend it in the system call.
const burn = `let x = 0; while (process.cpuUsage().user < ${BURN_MS * 1000}) for (let i = 0; i < 1e6; i++) x += i;`;
// A primary that starts two workers which each burn BURN_MS of CPU: one then ends (its time now counts in the
// primary's reaped-children figures), the other stays alive like a serving instance.
const PRIMARY = `
const { spawn } = require("node:child_process");
const run = (code) => spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
const ended = new Promise((resolve) => run(${JSON.stringify(burn)}).on("exit", resolve));
const live = run(${JSON.stringify(`${burn} console.log("burnt"); setInterval(() => {}, 1000);`)});
const burnt = new Promise((resolve) => live.stdout.once("data", resolve));
Promise.all([ended, burnt]).then(() => console.log("ready " + live.pid));
setInterval(() => {}, 1000);
`;

let primary: ChildProcess | undefined;
afterEach(() => {
  // The live worker first: ended through its own pid, it cannot outlive the test as an orphan.
  for (const pid of primary?.pid ? processTree(primary.pid).reverse() : []) process.kill(pid, "SIGKILL");
});

describe("server CPU time", { timeout: 60_000 }, () => {
  it("sums the primary, its live workers and the workers that already ended, each once", async () => {
    primary = spawn(process.execPath, ["-e", PRIMARY], { stdio: ["ignore", "pipe", "inherit"] });
    const livePid = await new Promise<number>((resolve) => primary!.stdout!.on("data", (chunk: Buffer) => {
      const m = /ready (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    }));
    const pid = primary.pid!;
    expect(processTree(pid)).toEqual([pid, livePid]);

    const total = cpuMs(pid);
    const live = cpuMs(livePid);
    expect(live).toBeGreaterThanOrEqual(BURN_MS - 20);
    // Two workers' burning at least; the primary's own and start-up work adds a little, a worker counted twice a lot.
    expect(total).toBeGreaterThanOrEqual(2 * BURN_MS - 20);
    expect(total - live).toBeGreaterThanOrEqual(BURN_MS - 20);
    expect(total - live).toBeLessThan(BURN_MS + 400);
  });

  it("tells the main thread's CPU from the other threads'", async () => {
    // The burning is done by a worker thread while the main thread waits, as V8's helper threads mark the heap.
    const threaded = `const { Worker } = require("node:worker_threads");
      new Worker(${JSON.stringify(burn)}, { eval: true }).on("exit", () => console.log("burnt"));
      setInterval(() => {}, 1000);`;
    primary = spawn(process.execPath, ["-e", threaded], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise((resolve) => primary!.stdout!.once("data", resolve));
    const pid = primary.pid!;
    expect(cpuMs(pid)).toBeGreaterThanOrEqual(BURN_MS - 20);
    expect(mainThreadCpuMs(pid)).toBeLessThan(BURN_MS / 2);
  });

  it("reads NaN for a process that is gone", () => {
    expect(cpuMs(2 ** 22 + 1)).toBeNaN();
  });
});
