import { getTranslations } from "next-intl/server";
import { ROLES, type Role } from "@/lib/access/permissions";
import { ROLE_KEYS } from "@/components/i18n/role-keys";

// ROLE_LABELS (lib/access) stays the English of the audit trail and the API; people read the role in their language.

/** Each role's name in the request's language, for server pages and the client components they pass it to. */
export async function roleLabels(): Promise<Record<Role, string>> {
  const t = await getTranslations("Roles");
  return Object.fromEntries(ROLES.map((role) => [role, t(ROLE_KEYS[role])])) as Record<Role, string>;
}
