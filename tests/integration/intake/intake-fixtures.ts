import { db } from "@/lib/db/client";
import { EMPTY_INTAKE, ZSystemIntake, type TSystemIntake, type TSystemIntakeInput } from "@/lib/validations/system";

// A complete intake as the form would send it (raw strings), for a CV-screening system.
export function cvScreeningInput(overrides: Partial<TSystemIntakeInput> = {}): TSystemIntakeInput {
  return {
    ...EMPTY_INTAKE,
    name: "CV screening",
    description: "Ranks incoming job applications.",
    intendedPurpose: "Filter and rank job applications for recruiters.",
    businessUnit: "HR",
    vendor: "TalentCo",
    sourcing: "PROCURED",
    lifecycleStage: "PILOT",
    placedOnMarketAt: "2026-03-01",
    memberStates: ["DE", "FR"],
    outputUsedInEu: "yes",
    affectedPersons: ["JOB_APPLICANTS"],
    automationLevel: "HUMAN_IN_THE_LOOP",
    humanOversight: "A recruiter reviews every ranking.",
    dataCategories: ["PERSONAL"],
    models: [{ name: "ranker", registryName: "hr/ranker", versions: [{ version: "1", stage: "Production" }] }],
    datasets: [{ name: "applications-2025", description: "Past applications", uri: "s3://hr/applications" }],
    ...overrides,
  };
}

export function parsedIntake(overrides: Partial<TSystemIntakeInput> = {}): TSystemIntake {
  return ZSystemIntake.parse(cvScreeningInput(overrides));
}

export async function auditEvents(systemId: string) {
  return db().auditEvent.findMany({ where: { systemId }, orderBy: { sequence: "asc" } });
}
