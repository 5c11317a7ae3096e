import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { db } from "@/lib/db/client";
import type { TSystemProfile } from "@/lib/rules";
import type { TLegalRecordInput } from "@/lib/validations/legal-records";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CREDIT_PROFILE, MINIMAL_PROFILE } from "../../unit/pdf/fixtures";

// A provider that relies on Art 6(3)(d) for an Annex III credit tool that does not profile anyone.
export const DEROGATION_PROFILE: TSystemProfile = {
  ...CREDIT_PROFILE,
  derogationConditions: ["preparatory_task"],
  performsProfiling: false,
};

export async function legalOrganisation(profile: TSystemProfile = CREDIT_PROFILE, name = "Legal") {
  const { organizationId, admin } = await createOrganization(name);
  const legal = await addMember(organizationId, "LEGAL");
  const compliance = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const manager = await addMember(organizationId, "MANAGER");
  const systemId = await createSystem(organizationId, "Credit scoring");
  await db().aiSystem.update({
    where: { id: systemId },
    data: {
      intendedPurpose: "Score consumer-credit applicants.",
      affectedPersons: ["CUSTOMERS"],
      humanOversight: "An officer reviews every decline.",
      automationLevel: "HUMAN_IN_THE_LOOP",
    },
  });
  await storeClassificationRun(admin, { systemId, answers: profile });
  return { organizationId, admin, legal, compliance, manager, systemId };
}

export async function unclassifiedMinimal() {
  return legalOrganisation(MINIMAL_PROFILE, "Minimal");
}

export const FULL_FRIA: Record<string, string> = {
  processes: "Consumer-credit decisions in retail branches.",
  period: "From 1 March 2027, indefinitely",
  frequency: "About 400 applications a day",
  affectedGroups: "Applicants for consumer credit",
  risks: "Indirect discrimination against applicants with thin credit files.",
  oversight: "A credit officer reviews every decline.",
  mitigation: "Quarterly bias review; model rollback.",
  complaints: "Complaints desk and ombudsman.",
};

export const FULL_DEROGATION: Record<string, string> = {
  condition: "preparatory_task",
  reasoning: "It only collects and formats documents before a credit officer assesses them.",
  profiling: "no",
  profilingReasoning: "It evaluates no personal aspects; it extracts figures from payslips.",
  providerName: "Bank",
  providerContact: "1 Main St, legal@bank.example",
  tradeName: "DocPrep",
  intendedPurpose: "Prepare credit files.",
  status: "in_service",
};

export function input(
  systemId: string,
  fields: Record<string, string>,
  over: Partial<TLegalRecordInput> = {},
): TLegalRecordInput {
  return { systemId, version: 0, ownerId: "", complete: false, evidenceIds: [], fields, ...over };
}
