import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { API_ROUTES, openApiDocument } from "@/lib/api/routes";

const V1 = path.resolve(import.meta.dirname, "../../../app/api/v1");

// Every exported method of every route file under app/api/v1, as "METHOD /path/{param}".
function routeFileOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const apiPath =
          "/" +
          path
            .relative(V1, dir)
            .split(path.sep)
            .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))
            .join("/");
        for (const m of readFileSync(full, "utf8").matchAll(
          /export const (GET|POST|PUT|PATCH|DELETE) = apiHandler\("(\w+)", "([^"]+)"\)/g,
        )) {
          expect(m[2], `${full}: the export and the registered method agree`).toBe(m[1]);
          expect(m[3], `${full}: the file's folder and the registered path agree`).toBe(apiPath);
          found.push(`${m[1]} ${apiPath}`);
        }
        expect(readFileSync(full, "utf8"), `${full} exports only framework handlers`).not.toMatch(
          /export (async )?function/,
        );
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
    expect(routeFileOperations()).toEqual(documented);
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
});
