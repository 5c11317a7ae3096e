import { describe, expect, it } from "vitest";
import { breachOrigin, breachRiskTitle, incidentOrigin, incidentRiskTitle } from "@/lib/risks/origin";

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
});
