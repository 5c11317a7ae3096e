import { ROLE_LABELS, type Role } from "@/lib/rules";
import { ROLE_LABELS as MEMBER_ROLE_LABELS, type Role as MemberRole } from "@/lib/access/permissions";
import { TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";

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
