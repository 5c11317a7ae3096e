// Who may do what: roles, API token scopes and the table between them. Pure data with no imports, so the data layer,
// the zod schemas and the session code can all depend on it without depending on one another.

// What a token may do through the REST API. Read-only is the default; each write scope is explicit.
export const API_SCOPES = ["read", "systems:write", "evidence:write", "gate"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

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
  // Reading, downloading and verifying sealed dossiers and portfolio reports, and CSV/JSON exports of lists.
  "report.read": EVERYONE,
  // Sealing a new dossier or portfolio version records it in the sealer's name: a write, so not for the auditor.
  // Managers keep it because the portfolio report is made for management and the board.
  "report.seal": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL", "MANAGER"],
  "audit.read": ["ADMIN", "LEGAL", "AUDITOR"],
  "member.read": EVERYONE,
  "member.manage": ["ADMIN"],
  "token.manage": ["ADMIN"],
  "organization.manage": ["ADMIN"],
  // The organisation-level questionnaire answers (Settings → Organisation profile): the people who answer the
  // questionnaire, since every system's questionnaire is pre-filled from them.
  "organization.profile": ["ADMIN", "COMPLIANCE_OFFICER"],
  // Annex IV documentation, Art 6(3) assessments and FRIAs; signing off an Art 6(3) assessment is classification.review.
  "legal.write": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL"],
  "incident.manage": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL"],
  "monitoring.write": ["ADMIN", "COMPLIANCE_OFFICER"],
  "gate.read": EVERYONE,
  // Webhooks, model-registry connections and single-sign-on domains.
  "integration.manage": ["ADMIN"],
  // Whole-organisation JSON export and import (backups, moving an organisation).
  "organization.export": ["ADMIN"],
  "organization.import": ["ADMIN"],
  "notification.read": EVERYONE,
  // The Art 9 risk register: recording, rating, treating risks and accepting a low or medium one.
  "risk.write": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL"],
  // Accepting a high or critical residual risk (with a written justification). The same roles today, named apart so
  // the decision keeps its own line in the table; the data layer checks it on top of risk.write, and a token (no
  // role) can never take it.
  "risk.accept": ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL"],
  // Including or excluding an ISO/IEC 42001 control in the Statement of Applicability (with a justification).
  "standards.soa": ["ADMIN", "COMPLIANCE_OFFICER"],
  // AI policies: compliance officers and administrators draft and edit them; approving and publishing a version is
  // for administrators and legal (the data layer also keeps a version's author from approving it, see lib/dal/policies).
  // Everyone reads policies and acknowledges those addressed to them (system.read).
  "policy.write": ["ADMIN", "COMPLIANCE_OFFICER"],
  "policy.approve": ["ADMIN", "LEGAL"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

// What each API token scope allows: the same permissions the role table grants to people.
export const TOKEN_SCOPE_PERMISSIONS: Record<ApiScope, readonly Permission[]> = {
  read: ["system.read", "dashboard.read"],
  "systems:write": [
    "system.read",
    "system.write",
    "classification.run",
    "monitoring.write",
    "incident.manage",
    "risk.write",
  ],
  "evidence:write": ["system.read", "obligation.work", "evidence.write"],
  gate: ["system.read", "gate.read"],
};

export function tokenCan(scopes: readonly ApiScope[], permission: Permission): boolean {
  return scopes.some((scope) => TOKEN_SCOPE_PERMISSIONS[scope].includes(permission));
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

// A token acts for the person who created it, so it may never do more than they may: each scope needs every one of
// its permissions in the creator's current role (no role, i.e. no longer a member: none of its scopes).
export function scopesRoleCannotGrant(role: Role | null, scopes: readonly ApiScope[]): ApiScope[] {
  return scopes.filter(
    (scope) => !role || !TOKEN_SCOPE_PERMISSIONS[scope].every((permission) => can(role, permission)),
  );
}
