import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { ROLE_LABELS as MEMBER_ROLE_LABELS, type Role as MemberRole } from "@/lib/access/permissions";
import { TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";
import { TIER_KEYS } from "@/lib/validations/value-keys";

// Wording for the codes a snapshot stores. Unknown codes print as they are, so nothing is hidden from a reader.
export function label<K extends string>(
  labels: Partial<Record<K, string>>,
  code: string | null | undefined,
  empty = "—",
): string {
  if (code === null || code === undefined || code === "") return empty;
  return labels[code as K] ?? code;
}

export const roleLabel = (role: string) => label<Role>(ROLE_LABELS, role);
export const memberRoleLabel = (role: string) => label<MemberRole>(MEMBER_ROLE_LABELS, role);
export const tierLabel = (tier: string | null) => label<TierCode>(TIER_DISPLAY, tier?.toUpperCase(), "Not classified");

export const REVIEW_LABELS: Record<string, string> = {
  CONFIRMED: "Confirmed",
  REQUIRES_REVIEW: "Requires review",
  OVERRIDDEN: "Overridden",
};

export const GATE_LABELS: Record<string, string> = {
  rule_set: "Rule set",
  definition: "AI system definition",
  scope: "Scope",
  exclusions: "Exclusions",
  roles: "Roles",
  prohibited: "Prohibited practices",
  annex1: "Annex I products",
  annex3: "Annex III use cases",
  derogation: "Art 6(3) derogation",
  transparency: "Transparency (Art 50)",
  gpai: "General-purpose AI",
  deployer_duties: "Deployer duties",
  dates: "Dates",
};

export function yesNo(value: boolean | null): string {
  return value === null ? "Not answered" : value ? "Yes" : "No";
}

export function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

const MEMBER_ROLE_KEY = {
  ADMIN: "memberAdmin",
  COMPLIANCE_OFFICER: "memberComplianceOfficer",
  LEGAL: "memberLegal",
  MANAGER: "memberManager",
  AUDITOR: "memberAuditor",
} as const;
const REVIEW_KEY = {
  CONFIRMED: "reviewConfirmed",
  REQUIRES_REVIEW: "reviewRequired",
  OVERRIDDEN: "reviewOverridden",
} as const;
const GATE_KEY = {
  rule_set: "gateRuleSet",
  definition: "gateDefinition",
  scope: "gateScope",
  exclusions: "gateExclusions",
  roles: "gateRoles",
  prohibited: "gateProhibited",
  annex1: "gateAnnex1",
  annex3: "gateAnnex3",
  derogation: "gateDerogation",
  transparency: "gateTransparency",
  gpai: "gateGpai",
  deployer_duties: "gateDeployerDuties",
  dates: "gateDates",
} as const;
const OUTCOME_KEY = {
  applies: "outcomeApplies",
  does_not_apply: "outcomeDoesNotApply",
  excluded: "outcomeExcluded",
  review: "outcomeReview",
  info: "outcomeInfo",
} as const;
const STATUS_KEY = {
  NOT_STARTED: "statusNotStarted",
  IN_PROGRESS: "statusInProgress",
  DONE: "statusDone",
  NOT_APPLICABLE: "statusNotApplicable",
} as const;

const keyOf = <M extends Record<string, string>>(keys: M, code: string | null | undefined): M[keyof M] | undefined =>
  code && Object.hasOwn(keys, code) ? keys[code as keyof M] : undefined;

/**
 * The labels above in a dossier's language. The engine's own words (roles) go through the rule-set catalogues; the
 * app's codes through the DossierLabels messages. Unknown codes still print as they are.
 */
export function dossierLabels(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "DossierLabels" });
  const known = <M extends Record<string, string>>(keys: M, code: string | null | undefined, fallback: string) => {
    const key = keyOf(keys, code);
    return key ? t(key as Parameters<typeof t>[0]) : fallback;
  };
  return {
    tier: (tier: string | null) =>
      tier ? known(TIER_KEYS, tier.toUpperCase(), tier.toUpperCase()) : t("notClassified"),
    role: (role: string) => ruleText(locale, roleLabel(role)),
    roles: (roles: readonly string[]) =>
      roles.length ? roles.map((r) => ruleText(locale, roleLabel(r))).join(", ") : t("noOperatorRole"),
    memberRole: (role: string) => known(MEMBER_ROLE_KEY, role, role),
    review: (decision: string) => known(REVIEW_KEY, decision, decision),
    gate: (gate: string) => known(GATE_KEY, gate, gate),
    outcome: (outcome: string) => known(OUTCOME_KEY, outcome, outcome),
    status: (status: string) => known(STATUS_KEY, status, status),
    yesNo: (value: boolean | null) => (value === null ? t("notAnswered") : value ? t("yes") : t("no")),
  };
}
export type DossierLabels = ReturnType<typeof dossierLabels>;
