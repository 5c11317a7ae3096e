import { describe, expect, it } from "vitest";
import { documentationApplicability } from "@/lib/legal/applicability";
import { derogationPrefill, friaPrefill, type IntakeFacts } from "@/lib/intake/legal-prefill";
import { classify } from "@/lib/rules";
import { CREDIT_PROFILE, MINIMAL_PROFILE } from "../pdf/fixtures";

const AS_OF = { asOf: "2026-11-22" };

const INTAKE: IntakeFacts = {
  name: "DocPrep",
  organizationName: "Bank",
  intendedPurpose: "Prepare credit files.",
  lifecycleStage: "IN_PRODUCTION",
  placedOnMarketAt: new Date("2025-01-15T00:00:00Z"),
  affectedPersons: ["CUSTOMERS", "VULNERABLE_PERSONS"],
  affectedPersonsNote: "Loan applicants",
  automationLevel: "HUMAN_IN_THE_LOOP",
  humanOversight: "An officer signs every decision.",
};

describe("which legal records the law asks for", () => {
  it("asks a provider and deployer of credit scoring for Annex IV and a FRIA, and for no Art 6(3) record", () => {
    const a = documentationApplicability(classify(CREDIT_PROFILE, AS_OF));
    expect([a.ANNEX_IV.applies, a.DEROGATION.applies, a.FRIA.applies]).toEqual([true, false, true]);
  });

  it("explains each 'no' for a minimal-risk system, a mere deployer and an unclassified system", () => {
    const minimal = documentationApplicability(classify(MINIMAL_PROFILE, AS_OF));
    expect(minimal.ANNEX_IV).toEqual({ applies: false, reason: expect.stringMatching(/not high-risk/) });
    expect(minimal.FRIA.reason).toMatch(/does not require a FRIA/);
    const deployer = documentationApplicability(classify({ ...CREDIT_PROFILE, activities: ["uses"] }, AS_OF));
    expect(deployer.ANNEX_IV.reason).toMatch(/not the provider .*roles: deployer/);
    expect(deployer.FRIA.applies).toBe(true);
    expect(documentationApplicability(null).FRIA.reason).toMatch(/Classify the system first/);
  });

  it("asks for the Art 6(3) record where a condition is claimed", () => {
    const a = documentationApplicability(
      classify({ ...CREDIT_PROFILE, derogationConditions: ["narrow_procedural"], performsProfiling: false }, AS_OF),
    );
    expect(a.DEROGATION.applies).toBe(true);
  });
});

describe("pre-filled records", () => {
  it("starts a FRIA from the intake: processes, period, affected groups and oversight", () => {
    expect(friaPrefill(INTAKE)).toMatchObject({
      processes: "Prepare credit files.",
      period: "In use since 2025-01-15; lifecycle stage: In production",
      affectedGroups: "Customers, Vulnerable persons. Loan applicants",
      oversight: "Human in the loop: a person approves each output. An officer signs every decision.",
    });
  });

  it("starts an Art 6(3) record from the claimed condition and the profiling answer", () => {
    const profile = {
      ...CREDIT_PROFILE,
      derogationConditions: ["preparatory_task" as const],
      performsProfiling: false,
    };
    expect(derogationPrefill(INTAKE, classify(profile, AS_OF), profile)).toMatchObject({
      condition: "preparatory_task",
      profiling: "no",
      providerName: "Bank",
      tradeName: "DocPrep",
      status: "in_service",
    });
  });
});
