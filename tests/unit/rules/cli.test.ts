import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "actlas-classify-"));
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/classify.ts", ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("classify CLI", { timeout: 30_000 }, () => {
  it("prints the result for a valid profile as of a date", () => {
    const r = cli(file("ok.json", { ...BASE, annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] }), "--as-of", "2028-01-01");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ asOf: "2028-01-01", tier: "high" });
  });
  it("names the offending field and exits 1 for an invalid profile", () => {
    const r = cli(file("bad.json", { artefactType: "robot", annex3Areas: ["nope"], typo: true }));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/artefactType/);
    expect(r.err).toMatch(/annex3Areas\[0\]/);
    expect(r.err).toMatch(/typo/);
  });
  it("rejects unreadable files, bad JSON, bad dates and missing arguments", () => {
    expect(cli(join(dir, "missing.json")).code).toBe(1);
    expect(cli(file("broken.json", "{")).err).toMatch(/not valid JSON/);
    expect(cli(file("ok2.json", BASE), "--as-of", "2027-02-30").err).toMatch(/Invalid as-of date/);
    expect(cli("--as-of").code).toBe(1);
  });
  it("prints the JSON Schema, questionnaire and rule sets", () => {
    expect(JSON.parse(cli("--schema").out).properties.annex3Areas.type).toBe("array");
    expect(JSON.parse(cli("--questions").out)[0].id).toBe("definition");
    expect(JSON.parse(cli("--rule-sets").out)[0].id).toBe("2026-07-omnibus");
  });
});
