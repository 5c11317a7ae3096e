import { btn, file, get, link, page, PUBLIC, ROLE_PROBE_BOM, status, sys, type RoleRoute } from "./role-route-kinds";
import { FEATURE_ROUTES } from "./role-routes-features";

export type {
  Control,
  HandlerRoute,
  Ids,
  Outcome,
  PageRoute,
  RoleRoute,
  Target,
  TokenOnly,
  Unprobed,
} from "./role-route-kinds";
// What a member of the SAME organisation needs for each page and route handler, probed as each demo role by
// role-pages.spec.ts. Expectations are derived from can(role, permission), so the test follows the role table.
// Every route found on disk must be declared here (see discoverRoutes), or the test fails.
export const ROLE_ROUTES: Record<string, RoleRoute> = {
  "/": PUBLIC,
  "/login": PUBLIC,
  "/signup": PUBLIC,
  "/invite/[token]": PUBLIC,
  "/verify-email": PUBLIC,
  "/verify-email/[token]": PUBLIC,
  "/forgot-password": PUBLIC,
  "/reset-password/[token]": PUBLIC,
  "/api/auth/[...nextauth]": PUBLIC,
  "/api/v1/openapi.json": PUBLIC,
  "/api/v1/[[...rest]]": { kind: "unprobed", why: "unknown paths: 404 problem+json to anyone (api-contract.spec)" },
  "/healthz": PUBLIC,
  "/readyz": PUBLIC,
  "/metrics": {
    kind: "unprobed",
    why: "takes the metrics bearer token, not a session or role (tests/integration/ops/health)",
  },
  "/api/auth/rotate": {
    kind: "unprobed",
    why: "takes a one-time ticket bound to the session being rotated, not a role (tests/integration/security/session-rotation)",
  },
  "/dashboard": page(() => "/dashboard", "dashboard.read", { marker: { role: "heading", name: "Dashboard" } }),
  "/systems": page(() => "/systems", "system.read", {
    controls: [link("Import CSV", "system.write"), link("New AI system", "system.write")],
  }),
  "/systems/new": page(() => "/systems/new", "system.write", {
    refusal: { notice: "You cannot change AI systems" },
    marker: { role: "button", name: "Save draft" },
  }),
  "/systems/import": page(() => "/systems/import", "system.write", {
    refusal: { notice: "Only administrators and compliance officers can import AI systems." },
    marker: { role: "link", name: "Download the CSV template" },
  }),
  "/systems/import-bom": page(() => "/systems/import-bom", "system.write", {
    refusal: { notice: "Only administrators and compliance officers can import AI systems." },
    marker: { role: "button", name: "Check file" },
  }),
  "/obligations": page(() => "/obligations", "system.read", { controls: [link("Export CSV", "report.read")] }),
  // Open risks of every system (the dashboard's heat map drills down here); edited on each system's Risks tab.
  "/risks": page(() => "/risks?l=4&i=5", "system.read", { marker: { role: "heading", name: "Risks" } }),
  // The Art 4 register: everyone reads coverage; those who edit systems record trainings.
  "/literacy": page(() => "/literacy", "system.read", {
    marker: { role: "heading", name: "By AI system" },
    controls: [{ role: "heading", name: "Record a training", permission: "system.write" }],
  }),
  // The standards crosswalk: everyone reads coverage; administrators and compliance officers decide applicability.
  "/standards": page(() => "/standards", "system.read", { marker: { role: "heading", name: /^ISO\/IEC 42001/ } }),
  "/standards/[framework]": page(() => "/standards/iso-42001?control=A.2.3", "system.read", {
    marker: { role: "heading", name: /^A\.2\.3 · / },
    controls: [btn("Save decision", "standards.soa")],
  }),
  // AI policies: everyone reads them and their own reading list; compliance officers and administrators start them.
  "/policies": page(() => "/policies", "system.read", {
    marker: { role: "link", name: "All policies" },
    controls: [{ role: "heading", name: "Start a policy", permission: "policy.write" }],
  }),
  "/policies/[id]": page((ids) => `/policies/${ids.policy}`, "system.read", {
    marker: { role: "heading", name: "Versions" },
  }),
  "/policies/[id]/edit": page((ids) => `/policies/${ids.policy}/edit`, "policy.write", {
    refusal: { notice: "You cannot edit policies" },
  }),
  // Every member reads a policy in force as a signed PDF; the probe's policy may be an unpublished one (404).
  "/policies/[id]/pdf": {
    kind: "handler",
    permission: "system.read",
    url: (ids) => `/policies/${ids.policy}/pdf`,
    judge: status((s) => s === 200 || s === 404),
  },
  "/reports": page(() => "/reports", "report.read", {
    controls: [btn("Export portfolio report", "report.seal"), btn(/^Export [\d,]+ dossiers as ZIP$/, "report.seal")],
  }),
  "/incidents": page(() => "/incidents", "system.read", { controls: [link("Record an incident", "incident.manage")] }),
  "/incidents/new": page(() => "/incidents/new", "incident.manage", {
    refusal: { notice: "Your role cannot record incidents" },
    marker: { role: "button", name: "Find" },
  }),
  "/incidents/[id]": page((ids) => `/incidents/${ids.incident}`, "system.read", {
    controls: [
      link("Download report (PDF)", "system.read"),
      link("Edit", "incident.manage"),
      btn("Record the initial report", "incident.manage"),
    ],
  }),
  "/incidents/[id]/edit": page((ids) => `/incidents/${ids.incident}/edit`, "incident.manage", {
    refusal: { redirectTo: (ids) => `/incidents/${ids.incident}` },
    marker: { role: "button", name: "Save changes" },
  }),
  "/models": page(() => "/models", "system.read", {
    controls: [
      link("Registry connections", "integration.manage"),
      { role: "form", name: /^Link .+ to an AI system$/, permission: "system.write" },
      btn(/^Unlink /, "system.write"),
    ],
  }),
  "/reviews": page(() => "/reviews", "classification.review", {
    refusal: { notice: "Only legal and administrators review classifications" },
    marker: { text: "Requests for legal review, newest first." },
  }),
  "/notifications": page(() => "/notifications", "notification.read", {
    controls: [link("Notification settings", "notification.read")],
  }),
  "/developers/api": page(() => "/developers/api", "system.read", { marker: { role: "heading", name: "REST API" } }),
  "/settings": page(() => "/settings", "member.read", {
    controls: [
      btn("Create invitation link", "member.manage"),
      btn(/^Remove /, "member.manage"),
      btn("Create token", "token.manage"),
      link("Verify audit trail", "audit.read"),
      btn("Save document language", "organization.manage"),
    ],
  }),
  // Every member reads the profile (the questionnaire pre-fills from it); only those who may edit it get the form.
  "/settings/organisation-profile": page(() => "/settings/organisation-profile", "system.read", {
    controls: [btn("Save organisation profile", "organization.profile")],
  }),
  // Every member reads the scale's words (every heat map shows them); only administrators get the form.
  "/settings/risk-scale": page(() => "/settings/risk-scale", "system.read", {
    controls: [btn("Save risk scale", "organization.manage")],
  }),
  "/settings/business-units": page(() => "/settings/business-units", "organization.manage", {
    refusal: { notice: "Only administrators can rename, merge or delete business units." },
    marker: { role: "heading", name: "Units" },
  }),
  "/settings/audit": page(() => "/settings/audit", "audit.read", {
    refusal: { notice: "Only administrators, legal and auditors can verify the audit trail." },
    marker: { text: "The audit trail is intact" },
  }),
  "/settings/data": page(() => "/settings/data", "organization.export", {
    refusal: { notice: "Only administrators can export or import the whole organisation." },
    marker: { role: "link", name: "Download organisation export" },
    controls: [btn("Import into this organisation", "organization.import")],
  }),
  "/settings/notifications": page(() => "/settings/notifications", "notification.read", {
    controls: [btn("Save settings", "notification.read")],
  }),
  "/settings/registry": page(() => "/settings/registry", "integration.manage", {
    refusal: { notice: "Only administrators can manage model-registry connections." },
    marker: { role: "button", name: "Add connection" },
  }),
  "/settings/sso": page(() => "/settings/sso", "integration.manage", {
    refusal: { notice: "Only administrators can manage single sign-on." },
    marker: { role: "button", name: "Add domain" },
  }),
  // Every member sees which certificate signs the sealed PDFs; only administrators get the upload form.
  "/settings/signing": page(() => "/settings/signing", "report.read", {
    marker: { role: "heading", name: "Certificate in use" },
    controls: [btn("Upload and use this certificate", "organization.manage")],
  }),
  "/settings/webhooks": page(() => "/settings/webhooks", "integration.manage", {
    refusal: { notice: "Only administrators can manage webhooks." },
    marker: { role: "button", name: "Add webhook" },
  }),
  "/systems/[id]": page(sys(), "system.read", { controls: [link("Edit", "system.write")] }),
  "/systems/[id]/edit": page(sys("/edit"), "system.write", {
    refusal: { notice: "You cannot change AI systems" },
    marker: { role: "button", name: "Save" },
  }),
  "/systems/[id]/classification": page(sys("/classification"), "system.read", {
    controls: [
      btn("Re-screen", "classification.run"),
      link("Open questionnaire", "classification.run"),
      btn("Record decision", "classification.review"),
    ],
  }),
  "/systems/[id]/classify": page(sys("/classify"), "classification.run", {
    refusal: { notice: "Only compliance officers and administrators answer the questionnaire" },
    marker: { role: "button", name: /^1\. What is being assessed/ },
  }),
  "/systems/[id]/obligations": page(sys("/obligations"), "system.read", {
    controls: [
      btn("Save changes", "obligation.work"),
      btn("Post comment", "obligation.work"),
      btn("Upload file", "evidence.write"),
      btn("Add link", "evidence.write"),
    ],
  }),
  "/systems/[id]/evidence": page(sys("/evidence"), "system.read", {
    controls: [btn("Upload file", "evidence.write"), btn("Add link", "evidence.write")],
  }),
  "/systems/[id]/activity": page(sys("/activity"), "system.read", { marker: { role: "heading", name: "Activity" } }),
  "/systems/[id]/dossier": page(sys("/dossier"), "report.read", {
    controls: [
      // The probe system has gaps, so its versions are drafts, which nobody may attest: who may attest a final version
      // is proven in tests/integration/dossier/attest-verify.int.test.ts and dossier.spec.ts.
      btn("Export draft", "report.seal"),
    ],
  }),
  "/systems/[id]/documentation": page(sys("/documentation"), "system.read", {
    marker: { role: "link", name: /^Section 1\. / },
  }),
  "/systems/[id]/documentation/annex-iv/[section]": page(sys("/documentation/annex-iv/1"), "system.read", {
    controls: [btn("Save", "legal.write"), link("Download Word (.docx)", "system.read")],
  }),
  "/systems/[id]/documentation/derogation": page(sys("/documentation/derogation"), "system.read", {
    marker: { role: "link", name: "Open the classification" },
  }),
  "/systems/[id]/documentation/fria": page(sys("/documentation/fria"), "system.read", {
    controls: [btn("Save", "legal.write"), link("Download Word (.docx)", "system.read")],
  }),
  "/systems/[id]/monitoring": page(sys("/monitoring"), "system.read", {
    controls: [
      btn("Save plan", "monitoring.write"),
      btn("Add a row", "monitoring.write"),
      link("Record an incident", "incident.manage"),
    ],
  }),
  // The Art 9 register: the form is there for risk.write; managers and auditors read the heat map and the list.
  "/systems/[id]/risks": page(sys("/risks"), "system.read", {
    marker: { role: "heading", name: "Heat map" },
    controls: [btn("Add risk", "risk.write")],
  }),
  "/systems/export": get((ids) => `/systems/export?ids=${ids.system}`, "report.read"),
  "/literacy/register": get(() => "/literacy/register?format=csv", "report.read"),
  "/obligations/export": get((ids) => `/obligations/export?system=${ids.system}&format=json`, "report.read"),
  "/standards/[framework]/soa": get(() => "/standards/iso-42001/soa?format=csv", "report.read"),
  "/systems/[id]/risks/export": get(sys("/risks/export"), "report.read"),
  "/risks/export": get(() => "/risks/export", "report.read"),
  // Every dossier in the ZIP is sealed as a new version: a write.
  "/reports/export-zip": get((ids) => `/reports/export-zip?systems=${ids.system}`, "report.seal"),
  "/reports/portfolio/[reportId]": get((ids) => `/reports/portfolio/${ids.report}`, "report.read"),
  "/systems/[id]/dossier/[dossierId]": get((ids) => `/systems/${ids.system}/dossier/${ids.dossier}`, "report.read"),
  "/incidents/[id]/report": get((ids) => `/incidents/${ids.incident}/report`, "system.read"),
  // A Word copy of a legal record: a read, so every role that may see the system gets it.
  "/systems/[id]/documentation/docx/[kind]": get(
    (ids) => `/systems/${ids.system}/documentation/docx/fria`,
    "system.read",
  ),
  "/api/evidence/[versionId]": get((ids) => `/api/evidence/${ids.evidenceVersion}`, "system.read"),
  "/settings/data/export": get(() => "/settings/data/export", "organization.export"),
  "/systems/import/template": get(() => "/systems/import/template", "system.read"),
  "/systems/[id]/bom": get(sys("/bom"), "system.read"),
  // A dry run (the default) of a one-dataset BOM: it writes nothing.
  "/systems/import-bom/run": {
    kind: "handler",
    permission: "system.write",
    url: () => "/systems/import-bom/run",
    post: { multipart: { bom: file("probe.cdx.json", "application/json", ROLE_PROBE_BOM) } },
  },
  "/systems/[id]/evidence/upload": {
    kind: "handler",
    permission: "evidence.write",
    url: sys("/evidence/upload"),
    post: {
      multipart: {
        title: "Role probe upload",
        file: file("role-probe.txt", "text/plain", "uploaded by the role probe"),
      },
    },
  },
  ...FEATURE_ROUTES,
  // The demo organisation is not empty, so an allowed import is refused by content (4xx) and writes nothing.
  "/settings/data/import": {
    kind: "handler",
    permission: "organization.import",
    url: () => "/settings/data/import",
    post: { multipart: { file: file("org.json", "application/json", "{}") } },
    judge: status((s) => s >= 400 && s < 500),
  },
  // The body is the CSV file itself, options in the query string. The answer streams as NDJSON with status 200:
  // a refusal is its error line. A dry run writes nothing.
  "/systems/import/run": {
    kind: "handler",
    permission: "system.write",
    url: () => "/systems/import/run?dryRun=true",
    post: { data: "name\nRole probe import" },
    judge: (s, body) =>
      s === 403 ? "refused" : s === 200 && body.includes('"type":"report"') ? "allowed" : "unexpected",
  },
  "/reports/verify": {
    kind: "handler",
    permission: "report.read",
    url: () => "/reports/verify",
    post: { multipart: { file: file("not-a-dossier.pdf", "application/pdf", "%PDF-1.7 not sealed") } },
    judge: status((s) => s === 200 || s === 422),
  },
};

// /api/v1 routes are many and all alike; they are declared by prefix.
export function roleRouteFor(route: string): RoleRoute | undefined {
  return ROLE_ROUTES[route] ?? (route.startsWith("/api/v1/") ? { kind: "token-only" } : undefined);
}
