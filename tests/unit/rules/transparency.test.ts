import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { one } from "../../helpers/expect-defined";
import { DEPLOYER, codes, obligationCodes, run } from "./helpers";

const paragraphs = (p: TSystemProfile, base?: TSystemProfile, asOf?: string) =>
  run(p, asOf, base).facets.art50.map((f) => `${f.paragraph}:${f.role}`);
const BOTH: TSystemProfile = {
  activities: ["develops", "uses"],
  personalNonProfessionalUse: false,
  deployerEntityType: "private_other",
};

describe("Art 50 by role", () => {
  it("50(1): providers of interactive systems disclose AI interaction", () => {
    const r = run({ interactsWithPersons: true, aiObvious: false });
    expect(r.tier).toBe("limited");
    expect(paragraphs({ interactsWithPersons: true, aiObvious: false })).toEqual(["50(1):provider"]);
    expect(obligationCodes(r)).toEqual([
      "provider:general.ai_literacy",
      "provider:art50.interaction_disclosure",
      "provider:art50.information_form",
    ]);
  });
  it("50(1) is a provider duty: a deployer of a chatbot owes nothing under it", () => {
    expect(paragraphs({ interactsWithPersons: true, aiObvious: false }, DEPLOYER)).toEqual([]);
  });
  it("50(1) exception: obvious AI", () => {
    expect(codes(run({ interactsWithPersons: true, aiObvious: true, humanLikePersona: false }))).toContain(
      "transparency.art50p1_obvious",
    );
  });
  it("50(1): a human-like persona undermines 'obvious' and is flagged", () => {
    const r = run({ interactsWithPersons: true, aiObvious: true, humanLikePersona: true });
    expect(r.facets.art50.map((f) => f.paragraph)).toEqual(["50(1)"]);
    expect(r.disposition).toBe("requires_review");
  });
  it("50(1) exception for crime-fighting systems, unless the public can report crime", () => {
    const police: TSystemProfile = {
      intendedUsers: ["law_enforcement"],
      authorisedByLawForCrime: true,
      interactsWithPersons: true,
      aiObvious: false,
    };
    expect(paragraphs({ ...police, publicCanReportCrime: false })).toEqual([]);
    expect(paragraphs({ ...police, publicCanReportCrime: true })).toEqual(["50(1):provider"]);
  });

  it("50(2): providers mark synthetic content", () => {
    expect(paragraphs({ syntheticContent: ["image"], syntheticContentExemption: "none" })).toEqual(["50(2):provider"]);
  });
  it.each(["standard_editing", "no_substantial_alteration", "outside_scope"] as const)(
    "50(2) exception: %s",
    (exemption) => {
      expect(paragraphs({ syntheticContent: ["text"], syntheticContentExemption: exemption })).toEqual([]);
    },
  );
  it("50(2) exception for law-enforcement authorisation", () => {
    expect(
      paragraphs({
        syntheticContent: ["text"],
        syntheticContentExemption: "none",
        intendedUsers: ["law_enforcement"],
        authorisedByLawForCrime: true,
      }),
    ).toEqual([]);
  });
  it("50(2): generative systems placed before 2 Aug 2026 must mark by 2 Dec 2026 (Art 111(4))", () => {
    const legacy = {
      syntheticContent: ["video" as const],
      syntheticContentExemption: "none" as const,
      alreadyOnMarket: true,
      placedOnMarketDate: "2025-05-01",
      significantDesignChange: false,
    };
    const before = run(legacy, "2026-11-30");
    expect(before.facets.art50[0]).toMatchObject({ appliesFrom: "2026-12-02", appliesNow: false });
    expect(before.obligations.find((o) => o.code === "art50.content_marking")!.appliesFrom).toBe("2026-12-02");
    expect(before.obligations.find((o) => o.code === "art50.information_form")!.appliesFrom).toBe("2026-12-02");
    const withChat = run({ ...legacy, interactsWithPersons: true, aiObvious: false }, "2026-11-30");
    expect(withChat.obligations.find((o) => o.code === "art50.information_form")!.appliesFrom).toBe("2026-08-02");
    expect(one(run(legacy, "2026-12-02").facets.art50, 0, "Art 50 facet").appliesNow).toBe(true);
    expect(run({ ...legacy, placedOnMarketDate: "2026-09-01" }, "2026-11-30").facets.art50[0]).toMatchObject({
      appliesFrom: "2026-08-02",
      appliesNow: true,
    });
  });
  it("Art 50 applies from 2 Aug 2026", () => {
    const p = { interactsWithPersons: true, aiObvious: false };
    expect(one(run(p, "2026-08-01").facets.art50, 0, "Art 50 facet").appliesNow).toBe(false);
    expect(one(run(p, "2026-08-02").facets.art50, 0, "Art 50 facet").appliesNow).toBe(true);
  });

  it.each([
    ["emotion recognition", { emotionInference: "biometric_emotions" as const, emotionSettings: ["other" as const] }],
    [
      "biometric categorisation",
      {
        biometricCategorisation: true,
        biometricCategorisationAncillary: false,
        biometricCategories: ["non_sensitive" as const],
      },
    ],
  ])("50(3): deployers of %s inform exposed persons", (_n, p) => {
    expect(paragraphs(p, DEPLOYER)).toEqual(["50(3):deployer"]);
    expect(paragraphs(p)).toEqual([]);
  });
  it("50(3) exception for crime-fighting systems", () => {
    expect(
      paragraphs(
        {
          emotionInference: "biometric_emotions",
          emotionSettings: ["other"],
          intendedUsers: ["law_enforcement"],
          authorisedByLawForCrime: true,
        },
        DEPLOYER,
      ),
    ).toEqual([]);
  });

  it("50(4): deployers disclose deep fakes; artistic work gets the light-touch duty", () => {
    const p: TSystemProfile = {
      syntheticContent: ["video"],
      syntheticContentExemption: "none",
      publishesDeepFakes: true,
      deepFakeArtistic: false,
    };
    expect(paragraphs(p, DEPLOYER)).toEqual(["50(4) deep fake:deployer"]);
    const artistic = run({ ...p, deepFakeArtistic: true }, undefined, DEPLOYER);
    expect(artistic.obligations.find((o) => o.code === "art50.deep_fake_disclosure")!.title).toMatch(/artistic/);
  });
  it("50(4): public-interest text is disclosed unless under editorial responsibility", () => {
    const p: TSystemProfile = {
      syntheticContent: ["text"],
      syntheticContentExemption: "none",
      publishesPublicInterestText: true,
    };
    expect(paragraphs({ ...p, humanEditorialResponsibility: false }, DEPLOYER)).toEqual(["50(4) text:deployer"]);
    expect(codes(run({ ...p, humanEditorialResponsibility: true }, undefined, DEPLOYER))).toContain(
      "transparency.art50p4_editorial",
    );
  });
  it("50(4) exception for law-enforcement authorisation", () => {
    const p: TSystemProfile = {
      intendedUsers: ["law_enforcement"],
      authorisedByLawForCrime: true,
      syntheticContent: ["text", "image"],
      syntheticContentExemption: "none",
      publishesPublicInterestText: true,
      humanEditorialResponsibility: false,
      publishesDeepFakes: true,
    };
    expect(paragraphs(p, DEPLOYER)).toEqual([]);
  });
  it("provider and deployer in one organisation owe both sets", () => {
    const p: TSystemProfile = {
      ...BOTH,
      syntheticContent: ["image"],
      syntheticContentExemption: "none",
      publishesDeepFakes: true,
      deepFakeArtistic: false,
      interactsWithPersons: true,
      aiObvious: false,
    };
    expect(paragraphs(p)).toEqual(["50(1):provider", "50(2):provider", "50(4) deep fake:deployer"]);
    expect(obligationCodes(run(p))).toEqual(
      expect.arrayContaining(["provider:art50.information_form", "deployer:art50.information_form"]),
    );
  });
  it("Art 50 stacks on a high-risk system (Art 50(6))", () => {
    const r = run({
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
      interactsWithPersons: true,
      aiObvious: false,
    });
    expect(r.tier).toBe("high");
    expect(r.facets.art50.map((f) => f.paragraph)).toEqual(["50(1)"]);
  });
});
