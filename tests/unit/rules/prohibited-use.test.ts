import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { DEPLOYER, codes, obligationCodes, run } from "./helpers";

// Issue #15 item 6, point 3. Art 5(1a)(a) bans PLACING ON THE MARKET or PUTTING INTO SERVICE a system whose intended
// purpose is the practice, or for which it is a foreseeable, reproducible outcome without reasonable and adequate
// safeguards; Art 5(1a)(b) bans USE only when the deployer uses the system FOR THAT PURPOSE (fact sheet §3, row (ba)).
describe("Art 5(1a): a deployer of an image generator that could produce intimate imagery", () => {
  const AFTER = "2027-01-01";

  it.each(["foreseeable_without_safeguards", "foreseeable_with_safeguards", "intended_purpose"] as const)(
    "is not caught when it does not use it for that purpose (capability: %s; Art 5(1a)(b))",
    (capability) => {
      const r = run(
        {
          syntheticContent: ["image"],
          intimateImageryCapability: capability,
          usedForIntimateImagery: false,
          publishesDeepFakes: false,
        },
        AFTER,
        DEPLOYER,
      );
      expect(r.tier).not.toBe("prohibited");
      expect(r.facets.prohibitedPractices).toEqual([]);
      expect(codes(r)).toContain("prohibited.ba_not_used_for_it");
      expect(r.findings.find((f) => f.code === "prohibited.ba_not_used_for_it")!.citation).toContain("Art 5(1a)(b)");
      expect(r.disposition).toBe("final");
    },
  );

  it.each(["foreseeable_without_safeguards", "foreseeable_with_safeguards", "intended_purpose"] as const)(
    "is caught when it uses it for that purpose (capability: %s; Art 5(1a)(b))",
    (capability) => {
      const r = run(
        { syntheticContent: ["image"], intimateImageryCapability: capability, usedForIntimateImagery: true },
        AFTER,
        DEPLOYER,
      );
      expect(r.tier).toBe("prohibited");
      expect(r.facets.prohibitedPractices.map((p) => p.point)).toEqual(["5(1)(ba)"]);
      expect(obligationCodes(r)).toEqual(["deployer:prohibited.art5_ba"]);
    },
  );

  it("is not assumed to be caught while its use is unanswered: the question is asked", () => {
    const r = run(
      {
        syntheticContent: ["image"],
        intimateImageryCapability: "foreseeable_without_safeguards",
        usedForIntimateImagery: undefined,
      },
      AFTER,
      DEPLOYER,
    );
    expect(r.tier).not.toBe("prohibited");
    expect(r.openQuestions.map((q) => q.questionId)).toContain("usedForIntimateImagery");
  });

  it("the same line holds for CSAM (Art 5(1)(bb) with Art 5(1a)(b))", () => {
    expect(
      run(
        { syntheticContent: ["image"], csamCapability: "foreseeable_without_safeguards", usedForCsam: false },
        AFTER,
        DEPLOYER,
      ).tier,
    ).not.toBe("prohibited");
    expect(
      run(
        {
          syntheticContent: ["image"],
          csamCapability: "foreseeable_without_safeguards",
          usedForCsam: true,
          csamLawfulDefence: false,
        },
        AFTER,
        DEPLOYER,
      ).tier,
    ).toBe("prohibited");
  });

  it("an organisation that builds it and uses it itself puts it into service (Art 3(11)), so Art 5(1a)(a)(ii) catches it without that use", () => {
    const inHouse: TSystemProfile = {
      activities: ["develops", "uses"],
      personalNonProfessionalUse: false,
      deployerEntityType: "private_other",
    };
    const r = run(
      { ...inHouse, intimateImageryCapability: "foreseeable_without_safeguards", usedForIntimateImagery: false },
      AFTER,
    );
    expect(r.tier).toBe("prohibited");
    expect(obligationCodes(r)).toEqual(["provider:prohibited.art5_ba", "deployer:prohibited.art5_ba"]);
  });
});
