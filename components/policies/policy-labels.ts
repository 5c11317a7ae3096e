import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/access/permissions";
import type { PolicyKindCode, PolicyStatusCode } from "@/lib/validations/policies";

// The words for the codes a policy carries, in the reader's language (lib/validations/policies keeps the English
// labels for the API, exports and PDFs). Literal keys, so the message check sees each one used.
const KIND_KEY = {
  ACCEPTABLE_USE: "kindAcceptableUse",
  RISK_MANAGEMENT: "kindRiskManagement",
  DATA_GOVERNANCE: "kindDataGovernance",
  HUMAN_OVERSIGHT: "kindHumanOversight",
  OTHER: "kindOther",
} as const satisfies Record<PolicyKindCode, string>;

const STATUS_KEY = {
  DRAFT: "statusDraft",
  IN_APPROVAL: "statusInApproval",
  APPROVED: "statusApproved",
  PUBLISHED: "statusPublished",
  RETIRED: "statusRetired",
} as const satisfies Record<PolicyStatusCode, string>;

const ROLE_KEY = {
  ADMIN: "roleAdmin",
  COMPLIANCE_OFFICER: "roleComplianceOfficer",
  LEGAL: "roleLegal",
  MANAGER: "roleManager",
  AUDITOR: "roleAuditor",
} as const satisfies Record<Role, string>;

export type PolicyLabels = Awaited<ReturnType<typeof getPolicyLabels>>;

export async function getPolicyLabels() {
  const t = await getTranslations("PolicyLabels");
  return {
    kind: (kind: PolicyKindCode) => t(KIND_KEY[kind]),
    status: (status: PolicyStatusCode) => t(STATUS_KEY[status]),
    role: (role: Role) => t(ROLE_KEY[role]),
    // "3 of 5 acknowledged", or that the audience is empty.
    coverage: (c: { acknowledged: number; total: number }) => t("coverage", c),
  };
}
