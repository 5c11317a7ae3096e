import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { one } from "../../helpers/expect-defined";
import { BASE, MODEL, codes, obligationCodes, run } from "./helpers";

const gpai = (p: TSystemProfile, asOf?: string) => run(p, asOf, MODEL);
const FINE_TUNER: TSystemProfile = {
  modelOrigin: "modified_third_party",
  originalModelSystemic: false,
  originalComputeKnown: true,
  originalModelComputeFlop: 3e24,
};

describe("Chapter V: GPAI models", () => {
  it("a GPAI model provider owes Art 53(1)(a)-(d)", () => {
    const r = gpai({});
    expect(r.tier).toBe("gpai");
    expect(r.facets.gpai).toEqual({
      systemicRisk: false,
      openSourceExemption: false,
      modifier: false,
      duties: ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)"],
    });
  });

  it.each([
    [1e25, "gpai"],
    [1.0000001e25, "gpai_systemic"],
  ])("training compute %d FLOP gives tier %s (presumption is strictly above 10^25)", (flop, tier) => {
    expect(gpai({ trainingComputeFlop: flop }).tier).toBe(tier);
  });

  it("systemic models owe Art 52 notification and Art 55", () => {
    const r = gpai({ trainingComputeFlop: 5e25 });
    expect(obligationCodes(r)).toEqual(
      expect.arrayContaining([
        "provider:gpai.systemic_notification",
        "provider:gpai.model_evaluation",
        "provider:gpai.cybersecurity",
      ]),
    );
  });
  it("high-impact capabilities mean systemic risk below the threshold", () => {
    expect(codes(gpai({ highImpactCapabilities: true }))).toContain("gpai.systemic");
  });
  it("Commission designation means systemic risk, without a notification duty", () => {
    const r = gpai({ commissionDesignated: true });
    expect(r.tier).toBe("gpai_systemic");
    expect(obligationCodes(r)).not.toContain("provider:gpai.systemic_notification");
  });

  it("open-source models keep only the copyright policy and training summary", () => {
    const r = gpai({ modelOpenSource: true, modelMonetised: false, establishedInEu: false });
    expect(r.facets.gpai).toMatchObject({ openSourceExemption: true, duties: ["53(1)(c)", "53(1)(d)"] });
    expect(obligationCodes(r)).not.toContain("provider:gpai.appoint_authorised_representative");
  });
  it("monetised releases do not qualify as open source", () => {
    expect(gpai({ modelOpenSource: true, modelMonetised: true }).facets.gpai?.openSourceExemption).toBe(false);
  });
  it("open source is no exemption for systemic-risk models", () => {
    const r = gpai({ modelOpenSource: true, modelMonetised: false, trainingComputeFlop: 2e25 });
    expect(r.facets.gpai?.openSourceExemption).toBe(false);
    expect(codes(r)).toContain("gpai.open_source");
  });
  it("a non-EU provider must appoint an authorised representative (Art 54)", () => {
    expect(gpai({ establishedInEu: false }).facets.gpai?.duties).toContain("54(1)");
  });
  it("an authorised representative of a GPAI provider gets the Art 54 tasks", () => {
    const r = gpai({ activities: ["authorised_representative"] });
    expect(obligationCodes(r)).toEqual(["authorised_representative:gpai.authorised_rep.tasks"]);
    expect(codes(r)).toContain("gpai.not_model_provider");
  });

  it.each([
    ["2025-08-01", "2025-08-01", false],
    ["2025-08-02", "2025-08-01", false],
  ])("Chapter V since 2 Aug 2025 (as of %s)", (asOf) => {
    expect(one(gpai({}, asOf).obligations, 0, "obligation").appliesFrom).toBe("2025-08-02");
  });
  it("models placed before 2 Aug 2025 must comply by 2 Aug 2027 (Art 111(3))", () => {
    const r = gpai(
      {
        alreadyOnMarket: true,
        placedOnMarketDate: "2024-11-01",
        significantDesignChange: false,
        annexXLargeScaleSystem: false,
      },
      "2027-01-01",
    );
    expect(r.obligations.every((o) => o.appliesFrom === "2027-08-02" && !o.appliesNow)).toBe(true);
  });

  it("a fine-tuner above one third of the original compute becomes provider of the modified model", () => {
    const r = gpai({ ...FINE_TUNER, modificationComputeFlop: 1.1e24 });
    expect(r.facets.gpai?.modifier).toBe(true);
    expect(r.roles).toEqual(["provider"]);
    expect(obligationCodes(r)).toContain("provider:gpai.modification_scope");
  });
  it("a fine-tuner at or below one third stays a downstream user", () => {
    const r = gpai({ ...FINE_TUNER, modificationComputeFlop: 1e24 });
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toContain("gpai.modifier_below_threshold");
  });
  it("unknown original compute falls back to one third of 10^23, or 10^25 for systemic originals", () => {
    const unknown = { ...FINE_TUNER, originalComputeKnown: false, originalModelComputeFlop: undefined };
    expect(gpai({ ...unknown, modificationComputeFlop: 4e22 }).facets.gpai?.modifier).toBe(true);
    const systemic = gpai({ ...unknown, originalModelSystemic: true, modificationComputeFlop: 3e24 });
    expect(systemic.tier).toBe("out_of_scope");
    const above = gpai({ ...unknown, originalModelSystemic: true, modificationComputeFlop: 4e24 });
    expect(above.tier).toBe("gpai_systemic");
    expect(codes(above)).toContain("gpai.contested.systemicModifiers");
  });
  it("a fine-tuner with unanswered compute is undetermined", () => {
    const r = gpai({ modelOrigin: "modified_third_party" });
    expect(codes(r)).toContain("gpai.modifier_unknown");
    expect(r.disposition).toBe("undetermined");
  });

  it("a product built on a third-party model API is an AI system provider, not a GPAI provider", () => {
    const r = run({ builtOnThirdPartyGpai: true, interactsWithPersons: true, aiObvious: false });
    expect(r.facets.gpai).toBeNull();
    expect(r.tier).toBe("limited");
  });
  it("model and system from one provider: both classified, AI Office competence noted", () => {
    const r = run({
      ...BASE,
      ...MODEL,
      artefactType: "model_and_system",
      interactsWithPersons: true,
      aiObvious: false,
    });
    expect(r.tier).toBe("gpai");
    expect(r.facets.art50.length).toBe(1);
    expect(codes(r)).toContain("gpai.ai_office_competence");
  });
  it("an open-source system built with an own GPAI model keeps the model duties", () => {
    const r = run({ ...BASE, ...MODEL, artefactType: "model_and_system", freeOpenSourceLicence: true });
    expect(r.tier).toBe("gpai");
    expect(obligationCodes(r)).not.toContain("provider:general.ai_literacy");
  });
  it("a high-risk system outranks the GPAI tier", () => {
    const r = run({
      ...BASE,
      ...MODEL,
      artefactType: "model_and_system",
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
    });
    expect(r.tier).toBe("high");
    expect(r.facets.gpai).not.toBeNull();
  });
  it("an open-source system on someone else's model is out of scope", () => {
    const r = run({
      ...BASE,
      ...MODEL,
      artefactType: "model_and_system",
      freeOpenSourceLicence: true,
      activities: ["uses"],
      personalNonProfessionalUse: false,
      deployerEntityType: "private_other",
    });
    expect(r.tier).toBe("out_of_scope");
  });
});
