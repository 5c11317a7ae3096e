import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSchema } from "@/lib/api/json-schema";
import { API_ROUTES } from "@/lib/api/routes";
import { validValue } from "../../e2e/api-contract/inputs";
import type { Schema } from "../../e2e/api-contract/document";

// The document is the contract (issue #23): every body and query the document allows must pass the schema the
// server validates with. Generated from the document's own JSON Schema, checked against the zod schema behind it.
// Rules between two fields that JSON Schema cannot state: each is in the field's description (checked below), and
// the generated value is brought into line with it before it is sent. Bodies a handler checks again after merging
// them over the stored record are sent over HTTP in tests/integration/api/merged-bodies.int.test.ts.
const named = (v: unknown) => typeof v === "string" && v.trim() !== "";
const CROSS_FIELD: Record<string, { field: string; says: RegExp; fix(v: Record<string, unknown>): unknown }> = {
  createIncident: {
    field: "occurredAt",
    says: /occurredAt cannot be later than awareAt/,
    fix: (v) =>
      typeof v.occurredAt === "string" && typeof v.awareAt === "string" && v.occurredAt > v.awareAt
        ? { ...v, occurredAt: v.awareAt }
        : v,
  },
  // Also stated as dependentSchemas, which the generator does not read.
  recordMonitoringEvent: {
    field: "model",
    says: /Name both the model and its version, or neither/,
    fix: (v) => (named(v.model) === named(v.version) ? v : { ...v, model: "credit-scoring", version: "7" }),
  },
};

const cases = API_ROUTES.flatMap((route) => [
  ...(route.body ? [{ route, part: "body" as const, schema: route.body, doc: route.bodyDoc ?? route.body }] : []),
  ...(route.query ? [{ route, part: "query" as const, schema: route.query, doc: route.query }] : []),
]);

describe("what the document allows, the server's schema accepts", () => {
  it.each(cases.map((c) => [`${c.route.operationId} ${c.part}`, c] as const))("%s", (_name, c) => {
    const json = toSchema(c.doc, "input") as Schema;
    const rule = c.part === "body" ? CROSS_FIELD[c.route.operationId] : undefined;
    if (rule)
      expect(String((json.properties as Record<string, Schema> | undefined)?.[rule.field]?.description)).toMatch(
        rule.says,
      );
    const refused: string[] = [];
    for (const value of fc.sample(validValue(json), { seed: 23, numRuns: 60 })) {
      const input =
        c.part === "query"
          ? Object.fromEntries(
              Object.entries((value ?? {}) as Record<string, unknown>).map(([k, v]) => [
                k,
                typeof v === "string" ? v : JSON.stringify(v),
              ]),
            )
          : rule
            ? rule.fix(value as Record<string, unknown>)
            : value;
      const result = c.schema.safeParse(input);
      if (!result.success)
        refused.push(
          `${JSON.stringify(input).slice(0, 200)} → ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        );
    }
    expect(refused.slice(0, 3)).toEqual([]);
  });
});

describe("every example in the document can be sent as it is", () => {
  const withExamples = API_ROUTES.filter((route) => route.example !== undefined && route.body);
  it.each(withExamples.map((route) => [route.operationId, route] as const))("%s", (_name, route) => {
    const result = route.body!.safeParse(route.example);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });
});

// Text at the edges of what a field takes: blank, padded, offset-less date-times, one past the limit, padded to it.
// What the server takes there, the document allows, and the other way round: trimming, blank-as-empty and the forms'
// date-times are in the document, not only in the server. updateSystem's server schema only reads the body; the
// handler checks the system after merging (tests/integration/api/merged-bodies.int.test.ts), so its document is the
// stricter one.
const CHECKED_AFTER_MERGING = new Set(["updateSystem"]);
describe("odd text: the server and the document agree", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const bodies = cases.filter((c) => c.part === "body");
  it.each(bodies.map((c) => [c.route.operationId, c] as const))("%s", (_name, c) => {
    const json = toSchema(c.doc, "input") as Schema;
    const documented = ajv.compile(json);
    const rule = CROSS_FIELD[c.route.operationId];
    const base = fc
      .sample(validValue(json), { seed: 5, numRuns: 40 })
      .map((v) => (rule ? rule.fix(v as Record<string, unknown>) : v))
      .find((v) => c.schema.safeParse(v).success && documented(v)) as Record<string, unknown>;
    expect(base, "a value both accept to start from").toBeTypeOf("object");
    const disagree: string[] = [];
    for (const field of Object.keys(json.properties ?? {})) {
      const padded = [100, 200, 2000].map((n) => ` ${"x".repeat(n)}  `);
      for (const odd of ["   ", "  x  ", "2026-02-30T10:00", "2025-11-22T14:00", ...padded, "x".repeat(30_000)]) {
        const body = rule ? rule.fix({ ...base, [field]: odd }) : { ...base, [field]: odd };
        const server = c.schema.safeParse(body).success;
        const doc = documented(body);
        if (doc && !server) disagree.push(`${field}=${JSON.stringify(odd).slice(0, 24)}: the document allows it`);
        if (server && !doc && !CHECKED_AFTER_MERGING.has(c.route.operationId))
          disagree.push(`${field}=${JSON.stringify(odd).slice(0, 24)}: the server takes it`);
      }
    }
    expect(disagree).toEqual([]);
  });
});
