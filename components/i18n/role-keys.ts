import type { Role } from "@/lib/access/permissions";

// Each member role's key in the "Roles" messages: for server pages (role-labels.ts) and for client components that
// word a role they were given as a code or as its stored English label.
export const ROLE_KEYS = {
  ADMIN: "admin",
  COMPLIANCE_OFFICER: "complianceOfficer",
  LEGAL: "legal",
  MANAGER: "manager",
  AUDITOR: "auditor",
} as const satisfies Record<Role, string>;
