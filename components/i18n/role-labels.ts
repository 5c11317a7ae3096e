import { getTranslations } from "next-intl/server";
import { ROLES, type Role } from "@/lib/access/permissions";

// ROLE_LABELS (lib/access) stays the English of the audit trail and the API; people read the role in their language.
const ROLE_KEY = {
  ADMIN: "admin",
  COMPLIANCE_OFFICER: "complianceOfficer",
  LEGAL: "legal",
  MANAGER: "manager",
  AUDITOR: "auditor",
} as const satisfies Record<Role, string>;

/** Each role's name in the request's language, for server pages and the client components they pass it to. */
export async function roleLabels(): Promise<Record<Role, string>> {
  const t = await getTranslations("Roles");
  return Object.fromEntries(ROLES.map((role) => [role, t(ROLE_KEY[role])])) as Record<Role, string>;
}
