import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { routeOptionsOf, type RouteOptions } from "@/lib/route";
import { validationText } from "@/lib/validations/i18n";
import { createOrganization } from "../../helpers/factories";

// Every route handler found on disk outside /api/v1 (which apiHandler covers) must be built by createRoute, and is
// probed from the options it was built with: a member route answers 401 without a session, and any unsafe method
// refuses another site's post with 403 before it reads a byte. A new route.ts that skips the wrapper fails here.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function routeFiles(dir = "app"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join("app", "api", "v1") ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const handlers: [string, string, Handler][] = [];
for (const file of routeFiles()) {
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  for (const method of METHODS)
    if (typeof mod[method] === "function") handlers.push([file, method, mod[method] as Handler]);
}

// Any value will do for the path parameters: the refusals come before the data layer looks at them.
const call = (handler: Handler, method: string, headers: Record<string, string> = {}) =>
  handler(
    new NextRequest("http://localhost/probe", {
      method,
      headers,
      body: method === "GET" || method === "HEAD" ? undefined : "x",
    }),
    {
      params: new Proxy(
        {},
        { get: (_t, name) => (name === "then" ? undefined : name === "nextauth" ? ["session"] : "probe") },
      ) as never,
    },
  );

describe("browser-facing route handlers", () => {
  it("are found on disk: the ones this suite knows and any added since", () => {
    expect(handlers.length).toBeGreaterThanOrEqual(16);
  });

  it.each(handlers)("%s %s is built by createRoute", (_file, _method, handler) => {
    expect(routeOptionsOf(handler)).toBeDefined();
  });

  it.each(handlers.filter(([, , h]) => routeOptionsOf(h)?.auth === "member"))(
    "%s %s answers 401 without a session",
    async (_file, method, handler) => {
      session.actor = null;
      expect((await call(handler, method)).status).toBe(401);
    },
  );

  const unsafe = handlers.filter(
    ([, method, h]) => !["GET", "HEAD", "OPTIONS"].includes(method) && routeOptionsOf(h)?.sameOrigin !== false,
  );
  it.each(unsafe)("%s %s refuses a post from another site with 403", async (_file, method, handler) => {
    session.actor = (await createOrganization("Route probe")).admin;
    expect((await call(handler, method, { origin: "https://evil.example" })).status).toBe(403);
  });

  // A route's own refusals (no session, another site, too large, no file) are read by a person: each needs its German
  // and French words in the catalogues, as the schemas' messages do (issue #22).
  const sentences = (o: RouteOptions | undefined) =>
    [
      o?.signIn,
      o?.sameOrigin,
      o?.maxBodyBytes?.message,
      o?.upload?.tooLarge,
      o?.upload?.required,
      o?.upload?.unreadable,
    ].filter((s): s is string => typeof s === "string");
  it.each(handlers.filter(([, , h]) => sentences(routeOptionsOf(h)).length))(
    "%s %s has its refusals in German and French",
    (_file, _method, handler) => {
      const untranslated = sentences(routeOptionsOf(handler)).flatMap((english) =>
        ["de", "fr"].filter((locale) => validationText(locale, english) === english).map((l) => `${l}: ${english}`),
      );
      expect(untranslated).toEqual([]);
    },
  );
});
