import fs from "node:fs";
import path from "node:path";
import type { Ids } from "./role-routes";

// How an outsider — a signed-in user of another organisation — is probed against the demo organisation's data on
// each page and route handler. Routes are found on disk (discoverRoutes), so a new one fails the test until it is
// declared here.
export type Probe =
  | { kind: "public" }
  | { kind: "org-page" } // renders only the outsider's own organisation
  | { kind: "system-page" } // /…/[id] with the demo system's id → 404
  | { kind: "system-post" } // POST with the demo system's id → 404
  | { kind: "org-get"; query: (demoSystemId: string) => string } // GET scoped to the outsider's organisation
  | { kind: "foreign-id"; url: (demo: Ids) => string } // GET with an id of the demo organisation's record → 404
  | { kind: "foreign-dossier" } // POST the demo organisation's genuine dossier: not genuine for the outsider
  | { kind: "api-token" } // /api/v1: a session cookie is never a credential (401); foreign tokens: tenant-api test
  | { kind: "covered"; by: string }; // cannot be aimed at another organisation here; the named tests cover it

const SYSTEM_PAGE: Probe = { kind: "system-page" };
const ORG_PAGE: Probe = { kind: "org-page" };
const API: Probe = { kind: "api-token" };

export const DECLARED: Record<string, Probe> = {
  "/": { kind: "public" },
  "/login": { kind: "public" },
  "/signup": { kind: "public" },
  "/invite/[token]": { kind: "public" },
  "/verify-email": { kind: "public" },
  "/verify-email/[token]": { kind: "public" },
  "/forgot-password": { kind: "public" },
  "/reset-password/[token]": { kind: "public" },
  "/api/auth/[...nextauth]": { kind: "public" },
  "/api/v1/openapi.json": { kind: "public" },
  // Serves no operation: every path no route serves answers 404 problem+json to anyone, with or without a token.
  "/api/v1/[[...rest]]": {
    kind: "covered",
    by: "tests/integration/api/route-methods.int.test.ts and tests/e2e/api-contract.spec.ts",
  },
  "/healthz": { kind: "public" },
  "/readyz": { kind: "public" },
  "/metrics": {
    kind: "covered",
    by: "tests/integration/ops/health (its own bearer token, no organisation data: process and database facts only)",
  },
  "/api/auth/rotate": {
    kind: "covered",
    by: "tests/integration/security/session-rotation (a ticket is bound to the rotated session id in the signed cookie)",
  },
  "/dashboard": ORG_PAGE,
  "/systems": ORG_PAGE,
  "/systems/new": ORG_PAGE,
  "/systems/import": ORG_PAGE,
  "/systems/import-bom": ORG_PAGE,
  "/systems/[id]/bom": SYSTEM_PAGE,
  "/obligations": ORG_PAGE,
  "/risks": ORG_PAGE,
  "/literacy": ORG_PAGE,
  "/standards": ORG_PAGE,
  "/standards/[framework]": ORG_PAGE,
  "/standards/[framework]/soa": { kind: "org-get", query: () => "?format=csv" },
  "/literacy/register": { kind: "org-get", query: () => "?format=csv" },
  "/policies": ORG_PAGE,
  "/reports": ORG_PAGE,
  "/incidents": ORG_PAGE,
  "/incidents/new": ORG_PAGE,
  "/models": ORG_PAGE,
  "/reviews": ORG_PAGE,
  "/notifications": ORG_PAGE,
  "/developers/api": ORG_PAGE,
  "/settings": ORG_PAGE,
  "/settings/organisation-profile": ORG_PAGE,
  "/settings/business-units": ORG_PAGE,
  "/settings/risk-scale": ORG_PAGE,
  "/settings/audit": ORG_PAGE,
  "/settings/data": ORG_PAGE,
  "/settings/notifications": ORG_PAGE,
  "/settings/language": ORG_PAGE,
  "/settings/registry": ORG_PAGE,
  "/settings/sso": ORG_PAGE,
  "/settings/signing": ORG_PAGE,
  "/settings/webhooks": ORG_PAGE,
  "/systems/[id]": SYSTEM_PAGE,
  "/systems/[id]/edit": SYSTEM_PAGE,
  "/systems/[id]/classification": SYSTEM_PAGE,
  "/systems/[id]/classify": SYSTEM_PAGE,
  "/systems/[id]/obligations": SYSTEM_PAGE,
  "/systems/[id]/evidence": SYSTEM_PAGE,
  "/systems/[id]/activity": SYSTEM_PAGE,
  "/systems/[id]/dossier": SYSTEM_PAGE,
  "/systems/[id]/documentation": SYSTEM_PAGE,
  "/systems/[id]/documentation/annex-iv/[section]": SYSTEM_PAGE,
  "/systems/[id]/documentation/derogation": SYSTEM_PAGE,
  "/systems/[id]/documentation/fria": SYSTEM_PAGE,
  "/systems/[id]/monitoring": SYSTEM_PAGE,
  "/systems/[id]/risks": SYSTEM_PAGE,
  "/systems/[id]/deployer-pack": SYSTEM_PAGE,
  "/systems/[id]/deployer-pack/[packId]": {
    kind: "covered",
    by: "tests/integration/deployer-pack/deployer-pack.int.test.ts (another organisation's pack, or another system's, is a 404)",
  },
  // A customer link: its secret names one pack of one system; other organisations' files and other systems' are
  // refused in tests/integration/deployer-pack/deployer-pack.int.test.ts.
  "/pack/[token]": { kind: "public" },
  "/pack/[token]/pdf": { kind: "public" },
  "/pack/[token]/files/[index]": { kind: "public" },
  // Vendors (issue #20 part 1); the portal's link is its own credential, for one request of one organisation.
  "/vendors": ORG_PAGE,
  "/vendors/requests/new": { kind: "foreign-id", url: (demo) => `/vendors/requests/new?systemId=${demo.system}` },
  "/vendors/[id]": {
    kind: "covered",
    by: "tests/integration/vendors/vendor-requests.int.test.ts (another organisation's vendor is a 404)",
  },
  "/vendors/requests/[requestId]": {
    kind: "covered",
    by: "tests/integration/vendors/vendor-requests.int.test.ts (another organisation's request is a 404)",
  },
  "/respond/[token]": { kind: "public" },
  "/respond/[token]/upload": { kind: "public" },
  "/systems/[id]/evidence/upload": { kind: "system-post" },
  "/systems/export": { kind: "org-get", query: (id) => `?ids=${id}` },
  "/reports/export-zip": { kind: "org-get", query: (id) => `?systems=${id}` },
  "/obligations/export": { kind: "org-get", query: (id) => `?system=${id}` },
  "/systems/[id]/risks/export": SYSTEM_PAGE,
  "/risks/export": { kind: "org-get", query: () => "" },
  "/settings/data/export": { kind: "org-get", query: () => "" },
  "/systems/import/template": { kind: "org-get", query: () => "" },
  "/systems/[id]/dossier/[dossierId]": {
    kind: "foreign-id",
    url: (demo) => `/systems/${demo.system}/dossier/${demo.dossier}`,
  },
  "/reports/portfolio/[reportId]": { kind: "foreign-id", url: (demo) => `/reports/portfolio/${demo.report}` },
  "/api/evidence/[versionId]": { kind: "foreign-id", url: (demo) => `/api/evidence/${demo.evidenceVersion}` },
  "/incidents/[id]": { kind: "foreign-id", url: (demo) => `/incidents/${demo.incident}` },
  "/policies/[id]": { kind: "foreign-id", url: (demo) => `/policies/${demo.policy}` },
  "/policies/[id]/edit": { kind: "foreign-id", url: (demo) => `/policies/${demo.policy}/edit` },
  "/policies/[id]/pdf": { kind: "foreign-id", url: (demo) => `/policies/${demo.policy}/pdf` },
  "/incidents/[id]/edit": { kind: "foreign-id", url: (demo) => `/incidents/${demo.incident}/edit` },
  "/incidents/[id]/report": { kind: "foreign-id", url: (demo) => `/incidents/${demo.incident}/report` },
  "/systems/[id]/documentation/docx/[kind]": {
    kind: "foreign-id",
    url: (demo) => `/systems/${demo.system}/documentation/docx/annex-iv`,
  },
  "/reports/verify": { kind: "foreign-dossier" },
  // Both take no organisation and no id from the request, so there is nothing of another organisation to aim at.
  "/settings/data/import": {
    kind: "covered",
    by: "tests/integration/import-export (takes no organisation or id: imports into the caller's own organisation only)",
  },
  "/systems/import-bom/run": {
    kind: "covered",
    by: "tests/integration/bom/import.int.test.ts (takes no organisation; a chosen system id of another organisation is not found)",
  },
  "/literacy/completions/upload": {
    kind: "covered",
    by: "tests/integration/literacy/completion-file.int.test.ts (another organisation's person is refused beside its field)",
  },
  "/literacy/completions/[completionId]/upload": {
    kind: "covered",
    by: "tests/integration/literacy/completion-file.int.test.ts (another organisation's training record is a 404)",
  },
  "/literacy/completions/[completionId]/file": {
    kind: "covered",
    by: "tests/integration/literacy/completion-file.int.test.ts (another organisation's certificate is a 404)",
  },
  "/systems/import/run": {
    kind: "covered",
    by: "tests/integration/import-export/system-import.int.test.ts (takes no organisation or id: imports into the caller's own organisation only)",
  },
};

export function discoverRoutes(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("_") ? "" : `/${entry.name}`;
      if (!entry.name.startsWith("_")) found.push(...discoverRoutes(full, prefix + segment));
    } else if (entry.name === "page.tsx" || entry.name === "route.ts") {
      found.push(prefix || "/");
    }
  }
  return found;
}

// /api/v1 routes are many and all alike; they are declared by prefix.
export function probeFor(route: string): Probe | undefined {
  return DECLARED[route] ?? (route.startsWith("/api/v1/") ? API : undefined);
}
