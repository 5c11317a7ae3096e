import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { API_ROUTES, openApiDocument } from "@/lib/api/routes";

const V1 = path.resolve(import.meta.dirname, "../../../app/api/v1");

// The API path each route file under app/api/v1 serves (the catch-all for unknown paths aside): every file hands
// all its methods to apiRoute with its own folder's path, so the registry decides what each method does.
function routeFilePaths(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts" && path.basename(dir) !== "[[...rest]]") {
        const apiPath =
          "/" +
          path
            .relative(V1, dir)
            .split(path.sep)
            .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))
            .join("/");
        const source = readFileSync(full, "utf8");
        const served =
          /export const \{ GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE \} = apiRoute\(\s*"([^"]+)",?\s*\);/.exec(
            source,
          );
        expect(served?.[1], `${full}: exports every method through apiRoute with its folder's path`).toBe(apiPath);
        expect(source, `${full} exports only framework handlers`).not.toMatch(/export (async )?function/);
        found.push(apiPath);
      }
    }
  };
  walk(V1);
  return found.sort();
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = structuredClone(openApiDocument());
    const result = await validate(doc as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("lists exactly the operations the route files serve", () => {
    const doc = openApiDocument();
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(routeFilePaths()).toEqual(Object.keys(doc.paths).sort());
    expect(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
  });

  it("has unique operation ids, a scope and a token requirement on all but itself", () => {
    expect(new Set(API_ROUTES.map((r) => r.operationId)).size).toBe(API_ROUTES.length);
    const doc = openApiDocument();
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops) as { security: unknown[]; "x-scope": string }[]) {
        expect(op.security.length, p).toBe(p === "/openapi.json" ? 0 : 1);
      }
    }
  });

  it("documents examples that its own schemas accept", () => {
    for (const route of API_ROUTES.filter((r) => r.example !== undefined && r.body)) {
      const result = (route.bodyDoc ?? route.body)!.safeParse(route.example);
      expect(result.success, `${route.operationId}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it("declares the headers the server sends beside the standard ones", () => {
    const doc = openApiDocument();
    const names = (response: unknown) => Object.keys((response as { headers?: object }).headers ?? {}).sort();
    const components = doc.components.responses as Record<string, unknown>;
    expect(names(components.Problem429)).toEqual(["Retry-After", "X-Request-Id"]);
    expect(names(components.Problem503)).toEqual(["Retry-After", "X-Request-Id"]);
    expect(names(components.Problem500)).toEqual(["X-Correlation-Id", "X-Request-Id"]);
    expect(names(components.Problem401)).toEqual(["WWW-Authenticate", "X-Request-Id"]);
    expect(names(components.Problem405)).toEqual(["Allow", "X-Request-Id"]);
    for (const route of API_ROUTES) {
      const op = (doc.paths[route.path] as Record<string, { responses: Record<string, unknown> }>)[
        route.method.toLowerCase()
      ]!;
      const success = names(op.responses[String(route.successStatus ?? 200)]);
      expect(success, route.operationId).toContain("X-Request-Id");
      expect(success.includes("Location"), route.operationId).toBe(route.successStatus === 201);
      expect(success.includes("Idempotent-Replayed"), route.operationId).toBe(
        route.method === "POST" && route.scope !== "public",
      );
      expect(success.includes("Link"), route.operationId).toBe(!!route.paginated);
      expect(Object.keys(op.responses), route.operationId).toContain("503");
    }
  });
});
