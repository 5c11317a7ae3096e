import { describe, expect, it } from "vitest";
import {
  breachOrigin,
  breachOriginIn,
  breachRiskTitle,
  incidentOrigin,
  incidentOriginIn,
  incidentRiskTitle,
} from "@/lib/risks/origin";

describe("where a risk was opened from, in words", () => {
  it("names an incident by its reference and title", () => {
    expect(incidentOrigin({ number: 7, title: "Wrong refusals" })).toBe("incident INC-0007: Wrong refusals");
    expect(incidentRiskTitle({ number: 7, title: "x".repeat(250) })).toHaveLength(200);
  });

  it("names a breach by its kind, reading, limit and day", () => {
    const e = {
      kind: "EVALUATION",
      metric: "accuracy",
      value: 0.71,
      threshold: 0.8,
      direction: "min",
      observedAt: "2026-12-01T23:30:00.000Z",
    };
    expect(breachOrigin(e)).toBe("breach of Evaluation: accuracy = 0.71, limit ≥ 0.8 on 2026-12-01");
    expect(breachRiskTitle(e)).toBe("Evaluation outside its threshold: accuracy = 0.71, limit ≥ 0.8");
  });

  it("says both in the reader's language, the metric and numbers as the pipeline sent them", () => {
    const e = {
      kind: "BIAS",
      metric: "age_gap",
      value: 0.12,
      threshold: 0.05,
      direction: "max",
      observedAt: "2026-12-01",
    };
    expect(incidentOriginIn("de", { number: 7, title: "Falsche Ablehnungen" })).toBe(
      "Vorfall INC-0007: Falsche Ablehnungen",
    );
    expect(incidentOriginIn("fr", { number: 7, title: "Refus erronés" })).toBe("incident INC-0007 : Refus erronés");
    expect(breachOriginIn("de", e)).toBe(
      "Grenzwertverletzung (Bias): age_gap = 0.12, Grenzwert ≤ 0.05 am 1. Dez. 2026",
    );
    expect(breachOriginIn("fr", e)).toBe("seuil franchi (biais) : age_gap = 0.12, seuil ≤ 0.05 le 1 déc. 2026");
    expect(breachOriginIn("en", e)).toBe(breachOrigin(e));
  });
});
