import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { classify, type TSystemProfile } from "@/lib/rules";
import { createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "./fixtures";

describe("dashboard on a small portfolio counted by hand", () => {
  it("shows tiers, readiness, the quarterly timeline and what needs attention", async () => {
    const { organizationId, admin } = await createOrganization("Hand");
    const scoring = await makeSystem(organizationId, {
      name: "Credit scoring",
      tier: "HIGH",
      roles: ["provider", "deployer"],
      businessUnit: "Retail",
    });
    const emotion = await makeSystem(organizationId, {
      name: "Emotion analytics",
      tier: "PROHIBITED",
      roles: ["deployer"],
      businessUnit: "Service",
      lifecycleStage: "PILOT",
    });
    await makeSystem(organizationId, { name: "Old prohibited idea", tier: "PROHIBITED", lifecycleStage: "RETIRED" });
    await makeSystem(organizationId, {
      name: "Chatbot",
      tier: "LIMITED",
      roles: ["provider"],
      disposition: "REQUIRES_REVIEW",
      businessUnit: "Retail",
    });
    await makeSystem(organizationId, { name: "Unclassified idea", businessUnit: "Retail", lifecycleStage: "PLANNED" });
    await addObligations(organizationId, scoring, [
      { role: "provider", article: "Art 9", status: "DONE", appliesFrom: "2027-12-02" },
      { role: "provider", article: "Art 49(1); Art 16(i)", appliesFrom: "2027-12-02", dueDate: "2027-01-01" },
      { role: "deployer", article: "Art 27", status: "IN_PROGRESS", appliesFrom: "2027-12-02" },
      { role: "deployer", article: "Art 26(1)", status: "NOT_APPLICABLE", appliesFrom: "2027-12-02" },
      { role: "provider", article: "Art 4(1)", appliesFrom: "2025-02-02", obsolete: true },
    ]);
    await addObligations(organizationId, emotion, [
      { role: "deployer", article: "Art 5(1)(f)", appliesFrom: "2025-02-02", dueDate: "2025-02-02" },
    ]);

    const d = await getDashboard(admin, {}, { today: "2027-03-01" });
    expect(d.currentQuarter).toBe("2027-Q1");
    expect(d.systems.total).toBe(5);
    expect(Object.fromEntries(d.systems.byTier.map((r) => [r.tier ?? "NONE", r.count]))).toEqual({
      HIGH: 1,
      PROHIBITED: 2,
      LIMITED: 1,
      NONE: 1,
    });
    expect(Object.fromEntries(d.systems.byRole.map((r) => [r.role, r.count]))).toEqual({ provider: 2, deployer: 2 });
    expect(d.readiness.overall).toEqual({ applicable: 5, done: 2 });
    expect(d.readiness.byTier.find((r) => r.tier === "HIGH")).toEqual({ tier: "HIGH", applicable: 4, done: 2 });
    expect(d.readiness.byUnit.find((r) => r.unit === "Service")).toEqual({ unit: "Service", applicable: 1, done: 0 });
    expect(d.timeline).toEqual([
      { quarter: "2025-Q1", obligations: 1, done: 0, systems: 1, dates: ["2025-02-02"] },
      { quarter: "2027-Q4", obligations: 4, done: 2, systems: 1, dates: ["2027-12-02"] },
    ]);
    expect(d.attention.prohibitedInUse).toEqual({ total: 1, examples: [{ id: emotion, name: "Emotion analytics" }] });
    expect(d.attention.awaitingReview.examples.map((s) => s.name)).toEqual(["Chatbot"]);
    expect(d.attention.friaMissing.examples.map((s) => s.name)).toEqual(["Credit scoring"]);
    expect(d.attention.registrationMissing).toMatchObject({ total: 1, openDuties: 1 });
    expect(d.attention.overdueObligations).toBe(2);
    expect(d.furthestBehind.map((s) => [s.name, s.done, s.applicable])).toEqual([
      ["Emotion analytics", 0, 1],
      ["Credit scoring", 2, 4],
    ]);

    const retail = await getDashboard(admin, { unit: "Retail" }, { today: "2027-03-01" });
    expect(retail.systems.total).toBe(3);
    expect(retail.attention.prohibitedInUse.total).toBe(0);
    const deployerDuties = await getDashboard(admin, { role: "deployer" }, { today: "2027-03-01" });
    expect(deployerDuties.readiness.overall).toEqual({ applicable: 3, done: 1 });
  });

  it("flags a high-risk deployer's missing FRIA exactly when the engine requires one, until it is done", async () => {
    const { organizationId, admin } = await createOrganization("Fria");
    const profile: TSystemProfile = {
      artefactType: "ai_system",
      technique: "machine_learning",
      infersOutputs: true,
      operatesWithAutonomy: true,
      activities: ["uses"],
      establishedInEu: true,
      placesOnEuMarket: true,
      outputUsedInEu: true,
      militaryUse: "no",
      thirdCountryAuthorityCooperation: false,
      solelyScientificResearch: false,
      preMarketResearchOnly: false,
      freeOpenSourceLicence: false,
      intendedUsers: ["private_entity"],
      manipulativeTechniques: false,
      exploitsVulnerabilities: false,
      socialScoring: false,
      crimeRiskAssessment: "none",
      untargetedFaceScraping: false,
      emotionInference: "none",
      biometricCategorisation: false,
      remoteBiometricIdentification: "none",
      intimateImageryCapability: "not_capable",
      csamCapability: "not_capable",
      annex1Legislation: ["none"],
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["creditworthiness"],
      derogationConditions: [],
      alreadyOnMarket: false,
      interactsWithPersons: false,
      syntheticContent: [],
      personalNonProfessionalUse: false,
      deployerEntityType: "private_other",
    };
    const result = classify(profile, { asOf: "2027-03-01" });
    expect(result.tier).toBe("high");
    expect(result.facets.friaRequired).toBe(true);
    const id = await makeSystem(organizationId, { name: "Bought credit scoring", tier: "HIGH", roles: result.roles });
    await addObligations(
      organizationId,
      id,
      result.obligations.map((o) => ({ code: o.code, role: o.role, article: o.article, appliesFrom: o.appliesFrom })),
    );
    expect((await getDashboard(admin, {})).attention.friaMissing.total).toBe(1);
    await db().obligation.updateMany({ where: { systemId: id, code: "hr.deployer.fria" }, data: { status: "DONE" } });
    expect((await getDashboard(admin, {})).attention.friaMissing.total).toBe(0);
  });
});
