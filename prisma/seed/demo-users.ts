import type { Role } from "../../lib/access/permissions";

// Demo logins, printed on first start and listed in the README. Never created on a database given by
// DATABASE_URL unless the demo seed is asked for explicitly.
export const DEMO_ORGANIZATION_NAME = "Demo Bank & Insurance";

export const DEMO_USERS: { key: string; name: string; email: string; password: string; role: Role }[] = [
  { key: "admin", name: "Ada Lindqvist", email: "admin@demo-bank.example", password: "demo-admin-2026", role: "ADMIN" },
  {
    key: "compliance",
    name: "Ştefan Popescu",
    email: "compliance@demo-bank.example",
    password: "demo-compliance-2026",
    role: "COMPLIANCE_OFFICER",
  },
  { key: "legal", name: "Łucja Wróbel", email: "legal@demo-bank.example", password: "demo-legal-2026", role: "LEGAL" },
  {
    key: "manager",
    name: "Søren Madsen",
    email: "manager@demo-bank.example",
    password: "demo-manager-2026",
    role: "MANAGER",
  },
  {
    key: "auditor",
    name: "Inès Dubois",
    email: "auditor@demo-bank.example",
    password: "demo-auditor-2026",
    role: "AUDITOR",
  },
];
