import { describe, expect, it } from "vitest";
import { gateReasons, type GateFacts } from "@/lib/gate/reasons";
import { one } from "../../helpers/expect-defined";

const TODAY = new Date("2027-12-10T00:00:00Z");
const CLEAN: GateFacts = {
  systemVersion: 3,
  tier: "HIGH",
  disposition: "FINAL",
  run: { systemVersion: 3, ruleSetId: "rs-2" },
  currentRuleSetId: "rs-2",
  openBlockingObligations: [],
  openBreachTasks: [],
  today: TODAY,
};
const codes = (facts: Partial<GateFacts>) => gateReasons({ ...CLEAN, ...facts }).reasons.map((r) => r.code);

describe("CI gate reasons", () => {
  it("passes a classified, reviewed, current system with nothing open", () => {
    expect(gateReasons(CLEAN)).toEqual({ status: "pass", reasons: [] });
  });

  it("fails an unclassified system, and only for that", () => {
    expect(gateReasons({ ...CLEAN, run: null, tier: null, disposition: null })).toMatchObject({
      status: "fail",
      reasons: [{ code: "not_classified" }],
    });
  });

  it("fails a prohibited system", () => {
    expect(codes({ tier: "PROHIBITED" })).toEqual(["prohibited"]);
  });

  it("fails while legal review is pending", () => {
    expect(codes({ disposition: "REQUIRES_REVIEW" })).toEqual(["awaiting_review"]);
  });

  it("fails while the classification is not determined yet, naming the tier it could still be", () => {
    const verdict = gateReasons({ ...CLEAN, tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" });
    expect(verdict.status).toBe("fail");
    expect(verdict.reasons).toEqual([
      { code: "undetermined", message: expect.stringMatching(/^Not determined yet: answer the deciding questions/) },
    ]);
    expect(one(verdict.reasons).message).toContain("could be High-risk");
    // An older row without a possible tier still blocks; it is never read as the settled floor tier.
    expect(codes({ tier: "LIMITED", possibleTier: null, disposition: "UNDETERMINED" })).toEqual(["undetermined"]);
  });

  it("fails when the intake changed after the classification", () => {
    expect(codes({ systemVersion: 4 })).toEqual(["stale_system_changed"]);
  });

  it("fails when the rule set changed since the classification, naming both", () => {
    const verdict = gateReasons({ ...CLEAN, currentRuleSetId: "rs-3" });
    expect(verdict.reasons).toEqual([{ code: "stale_rule_set_changed", message: expect.stringContaining("rs-2") }]);
    expect(one(verdict.reasons).message).toContain("rs-3");
  });

  it("fails on blocking obligations that already apply, ignoring those that apply later", () => {
    const due = {
      id: "o1",
      article: "Art 9",
      title: "Risk management system",
      appliesFrom: new Date("2027-12-02T00:00:00Z"),
    };
    const later = {
      id: "o2",
      article: "Art 43",
      title: "Conformity assessment",
      appliesFrom: new Date("2028-08-02T00:00:00Z"),
    };
    const verdict = gateReasons({ ...CLEAN, openBlockingObligations: [due, later] });
    expect(verdict.status).toBe("fail");
    expect(verdict.reasons).toEqual([
      {
        code: "blocking_obligations_open",
        message: "1 blocking obligation already applies and is not done yet.",
        items: [{ id: "o1", label: "Art 9: Risk management system" }],
      },
    ]);
    expect(gateReasons({ ...CLEAN, openBlockingObligations: [later] }).status).toBe("pass");
  });

  it("fails on an open monitoring breach", () => {
    const verdict = gateReasons({
      ...CLEAN,
      openBreachTasks: [
        { id: "t1", title: "Drift breach: psi" },
        { id: "t2", title: "Bias breach" },
      ],
    });
    expect(verdict.reasons).toEqual([
      {
        code: "monitoring_breach_open",
        message: "2 monitoring breaches are still open.",
        items: [
          { id: "t1", label: "Drift breach: psi" },
          { id: "t2", label: "Bias breach" },
        ],
      },
    ]);
  });

  it("lists every reason at once, so one CI run shows all the work", () => {
    expect(
      codes({
        tier: "PROHIBITED",
        disposition: "REQUIRES_REVIEW",
        systemVersion: 9,
        currentRuleSetId: "rs-9",
        openBreachTasks: [{ id: "t", title: "x" }],
      }),
    ).toEqual([
      "prohibited",
      "awaiting_review",
      "stale_system_changed",
      "stale_rule_set_changed",
      "monitoring_breach_open",
    ]);
  });
});
