import { describe, expect, it } from "vitest";
import { CURRENT_RULE_SET_ID, pickRuleSet } from "@/lib/rules/registry";
import { FRAMEWORKS, STANDARDS_CHANGELOG, STANDARDS_VERSION, mappedObligationCodes } from "@/lib/standards";

const ruleSet = pickRuleSet("2100-01-01", CURRENT_RULE_SET_ID).ruleSet;
const iso = FRAMEWORKS["iso-42001"];
const nist = FRAMEWORKS["nist-ai-rmf"];

// "Art 4" must not match "Art 43": a cited article ends where the rule set's citation ends or its paragraph starts.
const cites = (ruleArticle: string, cited: string) =>
  new RegExp(`(^|[ ;,])${cited.replace(/[()]/g, "\\$&")}($|[^0-9])`).test(ruleArticle);

describe("standards crosswalk data", () => {
  it("maps only to obligation codes of the current rule set, citing an article that duty rests on", () => {
    for (const framework of Object.values(FRAMEWORKS))
      for (const control of framework.controls)
        for (const target of control.maps) {
          if (target.kind !== "obligation") continue;
          const templates = ruleSet.obligations.filter((o) => o.code === target.code);
          expect(templates.length, `${control.id} → ${target.code}`).toBeGreaterThan(0);
          expect(
            templates.some((o) => cites(o.article, target.article)),
            `${control.id} → ${target.code} cites ${target.article}, rule set: ${templates.map((o) => o.article).join(" | ")}`,
          ).toBe(true);
        }
    expect(mappedObligationCodes().length).toBeGreaterThan(30);
  });

  it("numbers every control uniquely and in the standard's own form", () => {
    for (const framework of Object.values(FRAMEWORKS)) {
      const ids = framework.controls.map((c) => c.id);
      expect(new Set(ids).size, framework.id).toBe(ids.length);
    }
    for (const c of iso.controls) {
      expect(c.id).toMatch(/^A\.(\d{1,2})\.\d(\.\d)?$/);
      expect(c.group.startsWith(`${c.id.split(".").slice(0, 2).join(".")} `), c.id).toBe(true);
    }
    for (const c of nist.controls) expect(c.id).toMatch(/^(GOVERN|MAP|MEASURE|MANAGE) \d\.\d{1,2}$/);
  });

  it("lists every ISO/IEC 42001 Annex A control and every NIST AI RMF 1.0 subcategory", () => {
    expect(iso.controls).toHaveLength(38);
    const perGroup = (prefix: string) => nist.controls.filter((c) => c.id.startsWith(`${prefix} `)).length;
    expect([perGroup("GOVERN"), perGroup("MAP"), perGroup("MEASURE"), perGroup("MANAGE")]).toEqual([19, 18, 22, 13]);
  });

  it("keeps titles short and in our own words, and says which controls Actlas does not cover", () => {
    for (const framework of Object.values(FRAMEWORKS))
      for (const c of framework.controls) expect(c.title.length, c.id).toBeLessThanOrEqual(70);
    const unmapped = iso.controls.filter((c) => c.maps.length === 0).map((c) => c.id);
    expect(unmapped).toEqual(expect.arrayContaining(["A.2.3", "A.3.3", "A.9.3"]));
  });

  it("maps the Art 9 risk register and the Art 4 literacy register where the standards ask for them", () => {
    const kinds = (framework: typeof iso, id: string) =>
      framework.controls.find((c) => c.id === id)?.maps.map((t) => t.kind) ?? [];
    expect(kinds(iso, "A.5.2")).toContain("risk");
    expect(kinds(iso, "A.4.6")).toContain("literacy");
    expect(kinds(nist, "GOVERN 2.2")).toContain("literacy");
    expect(kinds(nist, "MANAGE 1.3")).toContain("risk");
  });

  it("is versioned with a changelog whose last entry is the current version", () => {
    expect(STANDARDS_CHANGELOG.at(-1)?.version).toBe(STANDARDS_VERSION);
  });
});
