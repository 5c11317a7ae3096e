import type { UserActor } from "@/lib/access/actor";
import { apiHandler } from "@/lib/api/handler";
import type { HttpMethod } from "@/lib/api/types";
import { createApiToken } from "@/lib/dal/integrations/api-tokens";
import type { ApiScope } from "@/lib/validations/api-token";

export const ALL_SCOPES: ApiScope[] = ["read", "systems:write", "evidence:write", "gate"];

export async function tokenFor(admin: UserActor, scopes: ApiScope[] = ALL_SCOPES): Promise<string> {
  return (await createApiToken(admin, { name: `Test ${scopes.join(" ")}`, scopes, lifetime: "30" })).token;
}

type CallOptions = {
  token?: string | null;
  params?: Record<string, string>;
  query?: Record<string, string>;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
};

// Calls the same handler the route file exports, with a real Request, as Next would.
export async function call(method: HttpMethod, path: string, options: CallOptions = {}) {
  const params = options.params ?? {};
  const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const url = new URL(`http://actlas.test/api/v1${concrete}`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const request = new Request(url, { method, headers, body });
  const response = await apiHandler(method, path)(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
