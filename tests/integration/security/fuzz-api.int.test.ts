import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { apiHandler } from "@/lib/api/handler";
import { API_ROUTES } from "@/lib/api/routes";
import { createApiToken } from "@/lib/dal/integrations/api-tokens";
import { API_SCOPES } from "@/lib/validations/api-token";
import { hostileValue, HOSTILE_STRINGS, zodArbitrary } from "../../helpers/zod-arbitrary";
import { captureLog } from "../../helpers/capture-log";
import { createOrganization, createSystem } from "../../helpers/factories";
import { LEAK_PATTERN, rowCounts } from "./fuzz-helpers";

vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

const RUNS_PER_ROUTE = Number(process.env.FUZZ_API_RUNS || 30);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const brief = (value: unknown) => JSON.stringify(value)?.slice(0, 300);

// Path parameters: mostly a real id of this organisation (to get past "not found"), else hostile text.
const paramValue = (systemId: string) =>
  fc.oneof(
    fc.constant(systemId),
    fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 200)),
    fc.string({ maxLength: 30 }),
  );

const bodyText = (route: (typeof API_ROUTES)[number]) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: (route.body ? zodArbitrary(route.body) : hostileValue).map((v) => JSON.stringify(v) ?? "null"),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "{",
        "not json",
        "",
        "[]",
        "null",
        '{"__proto__":{"x":1}}',
        "x".repeat(2_000_000),
        "\u0000",
      ),
    },
  );

describe("REST API under hostile input", () => {
  let token = "";
  let systemId = "";

  beforeAll(async () => {
    const { organizationId, admin } = await createOrganization("API fuzz");
    systemId = await createSystem(organizationId, "API fuzz target");
    token = (await createApiToken(admin, { name: "fuzz", scopes: [...API_SCOPES], lifetime: "never" })).token;
  });

  it("covers every registered operation", () => {
    expect(API_ROUTES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: never a 500, errors are problem+json, rejected input changes nothing",
    async (_label, route) => {
      const handler = apiHandler(route.method, route.path);
      const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const captured = captureLog();
      // Rows change only through accepted requests, so the counts after the last one are the "before" of the next.
      let counts = await rowCounts();
      const outcome = await fc.check(
        fc.asyncProperty(
          fc.tuple(...paramNames.map(() => paramValue(systemId))),
          route.query ? zodArbitrary(route.query) : fc.constant({}),
          bodyText(route),
          fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
          async (paramValues, query, body, idempotencyKey) => {
            // A URL cannot carry a lone UTF-16 surrogate; Next hands routes decoded, well-formed params.
            const params = Object.fromEntries(
              paramNames.map((name, i) => [name, String(paramValues[i]).replace(LONE_SURROGATE, "\uFFFD")]),
            );
            const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
              encodeURIComponent(String(params[name])),
            );
            const url = new URL(`http://localhost/api/v1${path}`);
            if (query && typeof query === "object")
              for (const [k, v] of Object.entries(query))
                url.searchParams.set(k, typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
            const headers: Record<string, string> = {
              Authorization: `Bearer ${token}`,
              "Content-Type": "application/json",
            };
            if (idempotencyKey !== undefined) headers["Idempotency-Key"] = idempotencyKey.replace(/[^\x20-\x7e]/g, "");
            const hasBody = route.method !== "GET" && route.method !== "DELETE";
            const response = await handler(
              new Request(url, { method: route.method, headers, body: hasBody ? body : undefined }),
              { params: Promise.resolve(params) },
            );
            expect(response.status, `${route.method} ${url.pathname}`).not.toBe(500);
            expect(response.status).toBeLessThan(500);
            if (response.status >= 400) {
              expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
              expect(await response.text()).not.toMatch(LEAK_PATTERN);
              expect(await rowCounts(), "a rejected request changed rows").toEqual(counts);
            } else counts = await rowCounts();
          },
        ),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
      captured.restore();
      const logged = JSON.stringify(captured.lines.filter((line) => line.level >= 50).at(-1));
      if (outcome.failed)
        throw new Error(
          `${String(outcome.errorInstance).slice(0, 600)}\n  for input ${brief(outcome.counterexample)}\n  server logged: ${logged?.slice(0, 800)}`,
        );
    },
    120_000,
  );
});
