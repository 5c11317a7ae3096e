import { describe, expect, it } from "vitest";
import { DEPLOYER, MODEL, obligationCodes, run } from "./helpers";

// What a user with an ordinary, fully answered profile is told: a final result and exactly the duties the Act puts on
// that role, no more. Every other rules test starts from these profiles, so they must also be final on their own.
describe("fully answered ordinary profiles", () => {
  it("a minimal-risk system its provider builds is final, and AI literacy is the provider's only duty", () => {
    const r = run({});
    expect(r.openQuestions).toEqual([]);
    expect(r).toMatchObject({ tier: "minimal", inScope: true, disposition: "final", roles: ["provider"] });
    expect(obligationCodes(r)).toEqual(["provider:general.ai_literacy"]);
    expect(r.obligations[0]).toMatchObject({
      article: "Art 4(1)",
      appliesFrom: "2025-02-02",
      appliesNow: true,
      blocking: false,
    });
  });

  it("a company using a minimal-risk system is its deployer, with AI literacy as its only duty", () => {
    const r = run({}, undefined, DEPLOYER);
    expect(r.openQuestions).toEqual([]);
    expect(r).toMatchObject({ tier: "minimal", disposition: "final", roles: ["deployer"] });
    expect(obligationCodes(r)).toEqual(["deployer:general.ai_literacy"]);
  });

  it("a general-purpose model below the systemic-risk threshold carries the four Art 53(1) duties and none of Art 55", () => {
    const r = run({}, undefined, MODEL);
    expect(r.openQuestions).toEqual([]);
    expect(r).toMatchObject({ tier: "gpai", disposition: "final", roles: ["provider"] });
    expect(r.facets.gpai).toMatchObject({
      systemicRisk: false,
      duties: ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)"],
    });
    expect(obligationCodes(r)).toEqual([
      "provider:gpai.technical_documentation",
      "provider:gpai.downstream_information",
      "provider:gpai.copyright_policy",
      "provider:gpai.training_summary",
    ]);
  });
});
