import { describe, expect, it } from "vitest";
import { FRAMEWORKS, type Control } from "@/lib/standards";
import { controlCoverage, frameworkCoverage, summaryLine, type CoverageFacts } from "@/lib/standards/coverage";

const facts = (over: Partial<CoverageFacts> = {}): CoverageFacts => ({
  systems: 3,
  classified: 3,
  obligations: {},
  highRisk: 0,
  highRiskWithRisks: 0,
  literacyPairs: 0,
  literacyTrained: 0,
  ...over,
});
const control = (maps: Control["maps"]): Control => ({ id: "A.9.9", group: "A.9 x", title: "t", maps });
const duty = (code: string) => ({ kind: "obligation" as const, code, article: "Art 10" });

describe("standards coverage", () => {
  it("a control is fully evidenced only when every duty it maps to is done with evidence", () => {
    const c = control([duty("hr.data_governance")]);
    const counts = (evidenced: number, inProgress: number, notStarted: number) =>
      facts({
        obligations: {
          "hr.data_governance": { total: evidenced + inProgress + notStarted, evidenced, inProgress, notStarted },
        },
      });
    expect(controlCoverage(c, counts(2, 0, 0)).status).toBe("evidenced");
    expect(controlCoverage(c, counts(1, 0, 1)).status).toBe("partial");
    expect(controlCoverage(c, counts(0, 1, 1)).status).toBe("partial");
    expect(controlCoverage(c, counts(0, 0, 2)).status).toBe("gap");
    expect(controlCoverage(c, counts(1, 0, 1)).targets[0]?.short).toBe("Art 10: 1 of 2 evidenced");
    expect(controlCoverage(c, counts(0, 0, 2)).targets[0]?.detail).toBe(
      "0 of 2 done with evidence, 0 in progress or without evidence, 2 not started",
    );
  });

  it("a duty no system has does not count either way; with nothing else the control has nothing to evidence", () => {
    expect(controlCoverage(control([duty("hr.data_governance")]), facts()).status).toBe("nothing");
    const withRisk = control([duty("hr.data_governance"), { kind: "risk", article: "Art 9" }]);
    expect(controlCoverage(withRisk, facts({ highRisk: 2, highRiskWithRisks: 2 })).status).toBe("evidenced");
    expect(controlCoverage(withRisk, facts({ highRisk: 2, highRiskWithRisks: 0 })).status).toBe("gap");
  });

  it("literacy with nobody recorded as operating a system is a gap, not nothing to evidence", () => {
    const c = control([{ kind: "literacy", article: "Art 4" }]);
    expect(controlCoverage(c, facts()).status).toBe("gap");
    expect(controlCoverage(c, facts({ systems: 0, classified: 0 })).status).toBe("nothing");
    expect(controlCoverage(c, facts({ literacyPairs: 4, literacyTrained: 3 })).status).toBe("partial");
    expect(controlCoverage(c, facts({ literacyPairs: 4, literacyTrained: 4 })).status).toBe("evidenced");
  });

  it("a control without Actlas records is 'not covered', and an excluded one is excluded whatever its records", () => {
    expect(controlCoverage(control([]), facts()).status).toBe("unmapped");
    expect(controlCoverage(control([]), facts(), false).status).toBe("excluded");
  });

  it("sums a framework into one line, excluded controls apart from gaps", () => {
    const iso = FRAMEWORKS["iso-42001"];
    const { summary, controls } = frameworkCoverage(iso, facts(), new Set(["A.2.3", "A.10.4"]));
    expect(controls).toHaveLength(38);
    expect(summary.controls).toBe(38);
    expect(summary.excluded).toBe(2);
    const total =
      summary.evidenced + summary.partial + summary.gap + summary.nothing + summary.unmapped + summary.excluded;
    expect(total).toBe(38);
    expect(summaryLine({ ...summary, evidenced: 23, partial: 9, gap: 1, nothing: 0, unmapped: 3, excluded: 2 })).toBe(
      "23 of 38 controls fully evidenced, 9 partly, 1 gap, 3 not covered by Actlas records, 2 excluded",
    );
  });
});
