import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE } from "./helpers";

// The Annex III question answered "not sure": everything else is answered, so only the area decides the tier.
const { annex3Areas: _area, ...WITHOUT_AREA } = BASE;
const UNSURE_AREA = { ...WITHOUT_AREA, notSure: ["annex3Areas"] };

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
  it("prints the whole result as JSON with --json, including the possible tier, notes, removals and contradictions", () => {
    const r = cli(
      file("ok.json", { ...BASE, annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] }),
      "--as-of",
      "2028-01-01",
      "--json",
    );
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ asOf: "2028-01-01", tier: "high", possibleTier: "high", disposition: "final" });
    for (const key of ["notes", "removals", "contradictions"]) expect(Array.isArray(result[key]), key).toBe(true);
    const open = JSON.parse(cli(file("open.json", UNSURE_AREA), "--json").out);
    expect(open).toMatchObject({ disposition: "undetermined", possibleTier: "high" });
    expect(open.openQuestions).toContainEqual(
      expect.objectContaining({
        questionId: "annex3Areas",
        decides: "high",
        notSure: true,
        whoCanAnswer: expect.any(String),
      }),
    );
  });

  it("prints 'Not determined yet — could be High-risk' with the deciding question answered 'not sure' and who can answer it", () => {
    const r = cli(file("unsure.json", UNSURE_AREA), "--as-of", "2028-01-01");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Not determined yet — could be High-risk");
    expect(r.out).toMatch(
      /Deciding questions:\n(.*\n)*  - Is the system used in any of these areas\? \(annex3Areas; .*\): could make it High-risk\n    Answered "not sure"\. Who can answer: \S/,
    );
    // The floor tier (minimal) is never printed as if it were the answer.
    expect(r.out).not.toMatch(/Minimal risk/);
  });

  it("prints a settled result as final, with disputed dates as notes rather than review", () => {
    const r = cli(
      file("final.json", { ...BASE, annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] }),
      "--as-of",
      "2027-01-01",
    );
    expect(r.out.split("\n")[0]).toBe("High-risk (final)");
    expect(r.out).toMatch(/\nNotes:\n  - .*Art 49.*\n/);
    expect(r.out).not.toMatch(/Points for legal review/);
  });

  it("prints the answers that remove obligations and which ones", () => {
    const derogated = {
      ...BASE,
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["creditworthiness"],
      derogationConditions: ["preparatory_task"],
      performsProfiling: false,
      derogationStatus: "documented_and_reviewed",
    };
    const r = cli(file("derogated.json", derogated), "--as-of", "2028-01-01");
    expect(r.out).toMatch(
      /Answers that remove obligations:\n  - .*\(Art 6\(3\).*\)\n    Removes: .*Risk management system/,
    );
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
