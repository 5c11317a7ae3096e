import { describe, expect, it } from "vitest";
import { defined, one } from "../../helpers/expect-defined";
import { DEPLOYER, MODEL, codes, run } from "./helpers";

describe("Art 5 prohibited practices: generated intimate imagery and CSAM (Art 5(1)(ba)/(bb))", () => {
  it("a deployer using a general system for nudification is banned (Art 5(1a)(b)); the safeguards dispute does not touch its own use", () => {
    const r = run(
      {
        syntheticContent: ["image"],
        intimateImageryCapability: "foreseeable_with_safeguards",
        usedForIntimateImagery: true,
      },
      "2027-01-01",
      DEPLOYER,
    );
    expect(one(r.facets.prohibitedPractices, 0, "prohibited practice").point).toBe("5(1)(ba)");
    expect(r.disposition).toBe("final");
  });

  it("safeguarded capability is not banned but the adequacy of the safeguards is flagged for review (Art 5(1a)(a)(ii))", () => {
    const r = run({ syntheticContent: ["image"], intimateImageryCapability: "foreseeable_with_safeguards" });
    expect(r.tier).not.toBe("prohibited");
    expect(codes(r)).toContain("prohibited.contested.generationSafeguards");
    expect(r.disposition).toBe("requires_review");
  });

  it("open-weights model publication for nudification is contested but treated as banned", () => {
    const r = run(
      {
        syntheticContent: ["image"],
        intimateImageryCapability: "intended_purpose",
        modelOpenSource: true,
        modelMonetised: false,
      },
      undefined,
      MODEL,
    );
    expect(r.tier).toBe("prohibited");
    expect(codes(r)).toContain("prohibited.contested.openWeightsPublication");
    expect(r.disposition).toBe("requires_review");
  });

  it.each([
    ["2026-12-01", false],
    ["2026-12-02", true],
  ])("the Omnibus bans apply from 2 Dec 2026 (as of %s: %s)", (asOf, now) => {
    const r = run({ syntheticContent: ["image"], csamCapability: "intended_purpose", csamLawfulDefence: false }, asOf);
    expect(r.tier).toBe("prohibited");
    expect(r.facets.prohibitedPractices[0]).toEqual({ point: "5(1)(bb)", appliesFrom: "2026-12-02", appliesNow: now });
    expect(r.obligations.every((o) => o.appliesNow === now)).toBe(true);
    const bb = defined(
      r.findings.find((f) => f.code === "prohibited.bb"),
      "the prohibited.bb finding",
    );
    expect(bb.reason.includes("not yet prohibited")).toBe(!now);
  });
});

// Issue #15 item 6, point 1. Fact sheet §12 point 9: whether publishing open model WEIGHTS is "placing an AI system
// on the market" for Art 5(1)(ba)/(bb) is disputed. The dispute needs published weights: the answer that says so is
// `modelOpenSource` ("weights, architecture and usage information public", Art 53(2)).
describe("Art 5(1)(ba)/(bb): the open-weights dispute attaches only where the weights are published (fact sheet §12 point 9)", () => {
  const OPEN = "prohibited.contested.openWeightsPublication";

  it("a closed system with safeguarded capability carries the safeguards dispute, not the open-weights one", () => {
    const r = run({ syntheticContent: ["image"], intimateImageryCapability: "foreseeable_with_safeguards" });
    expect(codes(r)).not.toContain(OPEN);
    expect(codes(r)).not.toContain("prohibited.contested.openWeightsIntimateImagery");
  });

  it("a system under an open-source licence has no weights answer, so no open-weights dispute (Art 2(12) is a separate matter)", () => {
    const r = run({
      syntheticContent: ["image"],
      intimateImageryCapability: "foreseeable_with_safeguards",
      freeOpenSourceLicence: true,
    });
    expect(codes(r)).not.toContain(OPEN);
  });

  it("a banned model whose weights are not published (API only) is final, without the open-weights dispute", () => {
    const r = run(
      { syntheticContent: ["image"], intimateImageryCapability: "intended_purpose", modelOpenSource: false },
      undefined,
      MODEL,
    );
    expect(r.tier).toBe("prohibited");
    expect(codes(r)).not.toContain(OPEN);
    expect(r.disposition).toBe("final");
  });

  it("a CSAM-capable model with published weights carries the dispute for (bb) too", () => {
    const r = run(
      {
        syntheticContent: ["image"],
        csamCapability: "foreseeable_without_safeguards",
        csamLawfulDefence: false,
        modelOpenSource: true,
        modelMonetised: false,
      },
      undefined,
      MODEL,
    );
    expect(r.tier).toBe("prohibited");
    expect(codes(r)).toContain(OPEN);
  });

  it("a model and system whose weights are published, with safeguards, carries both disputes", () => {
    const r = run({
      ...MODEL,
      artefactType: "model_and_system",
      intimateImageryCapability: "foreseeable_with_safeguards",
      modelOpenSource: true,
      modelMonetised: false,
    });
    expect(r.tier).not.toBe("prohibited");
    expect(codes(r)).toEqual(expect.arrayContaining([OPEN, "prohibited.contested.generationSafeguards"]));
  });

  it("whether the weights are published is asked when it decides the dispute", () => {
    const r = run(
      { syntheticContent: ["image"], intimateImageryCapability: "intended_purpose", modelOpenSource: undefined },
      undefined,
      MODEL,
    );
    expect(r.openQuestions.map((q) => q.questionId)).toContain("modelOpenSource");
  });
});
