import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { GC_MODES, serverNodeFlags } from "../../../scripts/start/server-node-flags";

describe("ACTLAS_GC: the server's collector flags", () => {
  it("collects sooner by default, and leaves V8's defaults for cpu", () => {
    expect(serverNodeFlags(undefined)).toEqual(["--heap-growing-percent=20", "--max-semi-space-size=8"]);
    expect(serverNodeFlags("")).toEqual(serverNodeFlags("memory"));
    expect(serverNodeFlags("cpu")).toEqual([]);
  });

  it("refuses a value it does not know, naming the setting and its values", () => {
    expect(() => serverNodeFlags("fast")).toThrow('ACTLAS_GC must be "memory" or "cpu", not "fast"');
    expect(() => serverNodeFlags("toString")).toThrow(/ACTLAS_GC/);
  });

  it.each(Object.keys(GC_MODES))("starts a Node process with the %s flags", (mode) => {
    const flags = serverNodeFlags(mode);
    // The script comes on stdin so that execArgv holds the flags alone; Node refuses a flag it does not know.
    const child = spawnSync(process.execPath, [...flags, "-"], {
      input: "console.log(JSON.stringify(process.execArgv))",
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual(flags);
  });
});
