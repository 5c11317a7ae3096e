import { describe, expect, it } from "vitest";
import { DEFAULT_RISK_LABELS, levelText, riskLabels, toStoredLabels } from "@/lib/risks/labels";
import { DEFAULT_IMPACT_LABELS, DEFAULT_LIKELIHOOD_LABELS } from "@/lib/risks/score";
import { ZRiskScale } from "@/lib/validations/risk-scale";

const five = ["a", "b", "c", "d", "e"];

describe("riskLabels", () => {
  it("gives the defaults for an organisation that named no step", () => {
    expect(riskLabels({ riskLikelihoodLabels: [], riskImpactLabels: [] })).toEqual(DEFAULT_RISK_LABELS);
  });

  it("gives the organisation's words per axis, and the defaults for an axis that is not whole", () => {
    expect(riskLabels({ riskLikelihoodLabels: five, riskImpactLabels: ["x"] })).toEqual({
      likelihoodLabels: five,
      impactLabels: DEFAULT_IMPACT_LABELS,
    });
  });

  it("stores the defaults as none, anything else as typed", () => {
    expect(toStoredLabels([...DEFAULT_LIKELIHOOD_LABELS], DEFAULT_LIKELIHOOD_LABELS)).toEqual([]);
    expect(toStoredLabels(five, DEFAULT_LIKELIHOOD_LABELS)).toEqual(five);
  });

  it("writes a level with its word", () => {
    expect(levelText(4, DEFAULT_LIKELIHOOD_LABELS)).toBe("4 – Likely");
    expect(levelText(6, DEFAULT_LIKELIHOOD_LABELS)).toBe("6");
  });
});

describe("ZRiskScale", () => {
  const values = Object.fromEntries(
    ["likelihood", "impact"].flatMap((axis) => five.map((label, i) => [`${axis}${i + 1}`, label])),
  );

  it("trims and returns both axes in order", () => {
    expect(ZRiskScale.parse({ ...values, impact3: "  C  " })).toEqual({
      likelihood: five,
      impact: ["a", "b", "C", "d", "e"],
    });
  });

  it("refuses a repeated word on one axis (case and spacing aside) but allows one word on both axes", () => {
    const repeated = ZRiskScale.safeParse({ ...values, likelihood4: "B" });
    expect(repeated.success).toBe(false);
    expect(repeated.error?.issues.map((i) => i.path)).toEqual([["likelihood4"]]);
    expect(ZRiskScale.safeParse(values).success).toBe(true);
  });

  it("refuses a missing, empty or 41-character step, and accepts 40", () => {
    const { likelihood1: _, ...missing } = values;
    expect(ZRiskScale.safeParse(missing).success).toBe(false);
    expect(ZRiskScale.safeParse({ ...values, impact1: " " }).success).toBe(false);
    expect(ZRiskScale.safeParse({ ...values, impact1: "y".repeat(41) }).success).toBe(false);
    expect(ZRiskScale.safeParse({ ...values, impact1: "y".repeat(40) }).success).toBe(true);
  });
});
