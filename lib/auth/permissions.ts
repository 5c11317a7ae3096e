// The single role × action table. The data-access layer checks it on every call and the role-matrix tests read it,
// so a change here is a change in what people may do.
export const ROLES = ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  COMPLIANCE_OFFICER: "Compliance officer",
  LEGAL: "Legal",
  MANAGER: "Manager",
  AUDITOR: "Auditor (read-only)",
};

const EVERYONE = ROLES;

export const PERMISSIONS = {
  "system.read": EVERYONE,
  "system.write": ["ADMIN", "COMPLIANCE_OFFICER"],
  "classification.run": ["ADMIN", "COMPLIANCE_OFFICER"],
  "classification.review": ["ADMIN", "LEGAL"],
  "obligation.work": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL"],
  "evidence.write": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL"],
  "dashboard.read": EVERYONE,
  "report.export": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"],
  "audit.read": ["ADMIN", "LEGAL", "AUDITOR"],
  "member.read": EVERYONE,
  "member.manage": ["ADMIN"],
  "token.manage": ["ADMIN"],
  "organization.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
