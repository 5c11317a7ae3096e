import type { Permission } from "../../lib/access/permissions";

// The shapes of role-routes.ts and the helpers that build its entries.
export type Ids = {
  system: string;
  incident: string;
  dossier: string;
  report: string;
  evidenceVersion: string;
  policy: string;
};

type Name = string | RegExp;
// A thing on the page, found by its accessible role and name.
export type Target = { role: "button" | "link" | "heading" | "form"; name: Name } | { text: string };
// A write control: rendered exactly for the roles with the permission (absent, not disabled, for the others).
export type Control = Target & { permission: Permission };
// How a page refuses a role without its permission when it does not answer 403/404.
type Refusal = { notice: string } | { redirectTo: (ids: Ids) => string };

export type PageRoute = {
  kind: "page";
  url: (ids: Ids) => string;
  permission: Permission;
  refusal?: Refusal;
  marker?: Target;
  controls?: Control[];
};
export type Outcome = "allowed" | "refused" | "unexpected";
export type HandlerRoute = {
  kind: "handler";
  permission: Permission;
  url: (ids: Ids) => string;
  // A POST's body; without one the handler is fetched with GET.
  post?: { multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>; data?: unknown };
  // How the answer reads: by default 200 is allowed and 403/404 refused.
  judge?: (status: number, body: string) => Outcome;
};
// Not probed by role: public, or a credential other than the session (each with the reason).
export type Unprobed = { kind: "unprobed"; why: string };
// /api/v1 takes API tokens only: every role's session cookie gets 401 (token scopes: tests/integration/security).
export type TokenOnly = { kind: "token-only" };
export type RoleRoute = PageRoute | HandlerRoute | Unprobed | TokenOnly;

export const page = (
  url: (ids: Ids) => string,
  permission: Permission,
  extra: Omit<PageRoute, "kind" | "url" | "permission"> = {},
): PageRoute => ({ kind: "page", url, permission, ...extra });
export const get = (url: (ids: Ids) => string, permission: Permission): HandlerRoute => ({
  kind: "handler",
  url,
  permission,
});
export const sys =
  (rest = "") =>
  (ids: Ids) =>
    `/systems/${ids.system}${rest}`;
export const PUBLIC: Unprobed = {
  kind: "unprobed",
  why: "public: needs no membership (the outsider probe checks it shows no organisation data)",
};
export const btn = (name: Name, permission: Permission): Control => ({ role: "button", name, permission });
export const link = (name: Name, permission: Permission): Control => ({ role: "link", name, permission });
export const file = (name: string, mimeType: string, text: string) => ({ name, mimeType, buffer: Buffer.from(text) });
export const ROLE_PROBE_BOM = JSON.stringify({
  bomFormat: "CycloneDX",
  specVersion: "1.6",
  metadata: { component: { type: "application", name: "Role probe BOM" } },
  components: [{ type: "data", name: "role-probe-dataset" }],
});
export const status =
  (allowed: (s: number) => boolean) =>
  (s: number): Outcome =>
    s === 403 ? "refused" : allowed(s) ? "allowed" : "unexpected";
