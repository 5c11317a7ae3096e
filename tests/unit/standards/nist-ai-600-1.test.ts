import { describe, expect, it } from "vitest";
import { FRAMEWORKS, STANDARDS_CHANGELOG, STANDARDS_VERSION } from "@/lib/standards";
import { frameworkCoverage, type CoverageFacts } from "@/lib/standards/coverage";
import { subcategoryOf } from "@/lib/standards/nist-ai-600-1";

// The Generative AI Profile's actions: held to the same rules as the other frameworks (mapping.test.ts checks every
// obligation code and its article against the rule set), plus the profile's own: action ids in its form, each under an
// AI RMF 1.0 subcategory that exists, and only actions some Actlas record evidences.
const profile = FRAMEWORKS["nist-ai-600-1"];
const rmf = FRAMEWORKS["nist-ai-rmf"];

describe("NIST AI 600-1 actions", () => {
  it("numbers each action in the profile's form, under an AI RMF 1.0 subcategory that exists", () => {
    const subcategories = new Set(rmf.controls.map((c) => c.id));
    for (const c of profile.controls) {
      expect(c.id).toMatch(/^(GV|MP|MS|MG)-\d\.\d{1,2}-\d{3}$/);
      const sub = subcategoryOf(c.id);
      expect(subcategories.has(sub), `${c.id} → ${sub}`).toBe(true);
      expect(c.group, c.id).toBe(`${sub} ${rmf.controls.find((r) => r.id === sub)?.title}`);
    }
    expect(subcategoryOf("MS-2.12-002")).toBe("MEASURE 2.12");
    expect(profile.controls.length).toBeGreaterThanOrEqual(15);
  });

  it("lists only actions an Actlas record evidences, in the profile's order", () => {
    for (const c of profile.controls) expect(c.maps.length, c.id).toBeGreaterThan(0);
    const order = ["GV", "MP", "MS", "MG"];
    const key = (id: string) => {
      const [fn, sub = "", n = ""] = id.split("-");
      const [major = 0, minor = 0] = sub.split(".").map(Number);
      return [order.indexOf(fn ?? ""), major, minor, Number(n)];
    };
    const sorted = [...profile.controls].sort((x, y) => {
      const [a, b] = [key(x.id), key(y.id)];
      return a.reduce((d, v, i) => d || v - (b[i] ?? 0), 0);
    });
    expect(profile.controls.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
  });

  it("maps the disclosure, incident and literacy actions to those duties", () => {
    const codes = (id: string) =>
      profile.controls.find((c) => c.id === id)?.maps.map((t) => (t.kind === "obligation" ? t.code : t.kind));
    expect(codes("GV-5.1-002")).toEqual(["art50.interaction_disclosure"]);
    expect(codes("MG-4.3-001")).toEqual(["hr.serious_incidents", "gpai.serious_incidents"]);
    expect(codes("GV-2.1-003")).toContain("literacy");
    expect(codes("GV-1.6-001")).toEqual(["inventory"]);
  });

  it("has coverage like any framework, and a new crosswalk version in the changelog", () => {
    const facts: CoverageFacts = {
      systems: 2,
      classified: 2,
      obligations: { "art50.interaction_disclosure": { total: 1, evidenced: 1, inProgress: 0, notStarted: 0 } },
      highRisk: 0,
      highRiskWithRisks: 0,
      literacyPairs: 0,
      literacyTrained: 0,
    };
    const { controls, summary } = frameworkCoverage(profile, facts);
    expect(controls.find((c) => c.control.id === "GV-5.1-002")?.status).toBe("evidenced");
    expect(controls.find((c) => c.control.id === "GV-1.6-001")?.status).toBe("evidenced");
    expect(summary.controls).toBe(profile.controls.length);
    expect(summary.unmapped).toBe(0);
    expect(STANDARDS_VERSION).toBe("2026-12-crosswalk-2");
    expect(STANDARDS_CHANGELOG.at(-1)?.change).toContain("NIST AI 600-1");
  });
});
