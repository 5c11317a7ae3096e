// `npm run bench -- --instances N` (issue #21): the flag and the side-by-side table of one instance against N.
import { describe, expect, it } from "vitest";
import { instanceSide, instancesTable, parseInstances, speedUp } from "../../../scripts/bench/instances-report";
import { summarise } from "../../../scripts/bench/stats";

describe("--instances", () => {
  it("is absent by default, so the benchmark runs as before", () => {
    expect(parseInstances(["node", "index.ts", "--quick", "--systems", "20000"])).toBeUndefined();
  });

  it("reads a whole number of instances from 2 to 64", () => {
    expect(parseInstances(["--quick", "--instances", "2"])).toBe(2);
    expect(parseInstances(["--instances", "64", "--keep"])).toBe(64);
  });

  it.each([
    [["--instances"], "not nothing"],
    [["--instances", "--quick"], 'not "--quick"'],
    [["--instances", "1"], 'not "1"'],
    [["--instances", "65"], 'not "65"'],
    [["--instances", "2.5"], 'not "2.5"'],
    [["--instances", "auto"], 'not "auto"'],
  ])("refuses %j, saying what it takes", (argv, says) => {
    expect(() => parseInstances(argv)).toThrow(`--instances takes a whole number from 2 to 64 (compared with one instance), ${says}`);
  });
});

describe("one instance against N", () => {
  // 40 requests in 2 s at 20 users: 20 req/s; 80 in 2 s: 40 req/s.
  const one = instanceSide(1, summarise(Array.from({ length: 40 }, (_, i) => 100 + i), 0, 2_000), 4_000, 310.4);
  const two = instanceSide(2, summarise(Array.from({ length: 80 }, (_, i) => 50 + i), 0, 2_000), 8_800, 598);

  it("gives each side its throughput, p95, and CPU per request over every process", () => {
    expect(one).toEqual({ instances: 1, requests: 40, errors: 0, rps: 20, medianMs: 119, p95Ms: 137, cpuMsPerRequest: 100, peakRssMb: 310.4 });
    expect(two).toMatchObject({ instances: 2, rps: 40, p95Ms: 125, cpuMsPerRequest: 110 });
    expect(speedUp({ scenario: "dashboard", users: 20, one, many: two })).toBe(2);
  });

  it("counts failed requests in the CPU per request, since the server worked on them too", () => {
    expect(instanceSide(1, summarise([10, 20], 2, 1_000), 400, 1).cpuMsPerRequest).toBe(100);
  });

  it("prints both sides of each scenario on one row", () => {
    const lines = instancesTable([{ scenario: "dashboard", users: 20, one, many: two }]).split("\n");
    expect(lines[0]).toMatch(/^\| scenario +\| users \| req\/s ×1 \| p95 ms ×1 \| req\/s ×2 \| p95 ms ×2 \| req\/s gain \| CPU ms\/req ×1 \/ ×2 \| peak RSS MB ×1 \/ ×2 \| failed \|$/);
    expect(lines[2]).toMatch(/^\| dashboard \| 20 +\| 20\.0 +\| 137\.0 +\| 40\.0 +\| 125\.0 +\| 2\.00× +\| 100 \/ 110 +\| 310 \/ 598 +\| 0 \/ 0 +\|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it("shows a dash, not NaN, for the p95 and CPU of a side that served nothing", () => {
    const none = instanceSide(2, summarise([], 20, 1_000), NaN, 500);
    expect(instancesTable([{ scenario: "dashboard", users: 20, one, many: none }])).toMatch(/\| 0\.0 +\| – +\| 0\.00× +\| 100 \/ – +\| 310 \/ 500 +\| 0 \/ 20 +\|$/);
  });
});
