import fc from "fast-check";
import { HOSTILE_STRINGS } from "../../helpers/zod-arbitrary";
import type { Schema } from "./document";

// Request values generated from the OpenAPI document's own JSON Schemas: `validValue` keeps to the schema (so the
// server's answer to it says whether the document tells the whole truth), `invalidValue` breaks it in one place.
const DAY = 24 * 3600 * 1000;
// In the past: "not in the future" (an incident's awareness, a completed training) is in the descriptions, since
// JSON Schema has no bound relative to today.
const dates = fc
  .integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2025, 11, 31) / DAY })
  .map((d) => new Date(d * DAY));

// Text a client can send that a careless server chokes on: NUL, lone surrogates, direction marks, 10 KB.
export const ODD_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00y",
  "\u202Eevil\u202C",
  "\u200F\u200E\u061C",
  "\uFEFFbom",
  "𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦",
  "x".repeat(10_240),
] as const;

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const min = Number(schema.minLength ?? 0);
  const max = Math.min(Number(schema.maxLength ?? 40), Math.max(min, 40));
  // Dates and links first: their values also meet the pattern the document adds (a year range, http(s) only). An
  // e-mail's pattern is the server's own, stricter than the format's RFC, so it goes second.
  switch (schema.format) {
    case "date":
      return dates.map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return dates.map((d) => d.toISOString());
    case "uri":
      return fc.webUrl();
  }
  if (typeof schema.pattern === "string") {
    // The forms' offset-less date-times (read as UTC): past ones, as "not in the future" is only in the description.
    const local = dates.map((d) => d.toISOString().slice(0, 16));
    const pattern = new RegExp(schema.pattern);
    if (pattern.test("2025-01-02T03:04") && !pattern.test("text 2025-01-02T03:04")) return local;
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= min && s.length <= Number(schema.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot generate from falls through to plain text.
    }
  }
  if (schema.format === "email") return fc.emailAddress();
  // Blank text too: where the server trims, the document says so with a pattern (lib/api/json-schema.ts).
  return fc.oneof(
    fc.string({ minLength: min, maxLength: Math.max(max, min) }),
    fc.stringMatching(/^ +$/).filter((s) => s.length >= min && s.length <= max),
  );
}

// Both branches' extra demands at once (if/then/else, an object's anyOf): a value that meets them is valid whichever
// branch applies, which is all a generator of valid values needs.
function withConditions(schema: Schema): Schema {
  const { if: _if, then: thenBranch, else: elseBranch, ...rest } = schema;
  let merged: Schema = rest;
  const firstOption = (rest.type === "object" || rest.properties) && (rest.anyOf as Schema[] | undefined)?.[0];
  if (firstOption) merged = { ...merged, anyOf: undefined };
  for (const extra of [thenBranch, elseBranch, firstOption].filter(Boolean) as Schema[])
    merged = merge(merged, extra.if || extra.anyOf ? withConditions(extra) : extra);
  return merged;
}

function merge(base: Schema, extra: Schema): Schema {
  const properties = { ...((base.properties ?? {}) as Record<string, Schema>) };
  for (const [key, value] of Object.entries((extra.properties ?? {}) as Record<string, Schema>)) {
    // A branch that names the property's type replaces its alternatives ("" or null) rather than adding to them.
    const { anyOf: _anyOf, oneOf: _oneOf, ...kept } = properties[key] ?? {};
    properties[key] = { ...(value.type ? kept : properties[key]), ...value };
  }
  const required = [...new Set([...((base.required as string[]) ?? []), ...((extra.required as string[]) ?? [])])];
  const { properties: _p, required: _r, ...scalars } = extra;
  return { ...base, ...scalars, ...(Object.keys(properties).length ? { properties, required } : {}) };
}

export function validValue(input: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!input || depth > 6) return fc.constant(null);
  const schema =
    input.if || ((input.type === "object" || input.properties) && input.anyOf) ? withConditions(input) : input;
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (options?.length) return fc.oneof(...options.map((o) => validValue(o, depth + 1)));
  const type = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (type.length > 1) return fc.oneof(...type.map((t) => validValue({ ...schema, type: t }, depth + 1)));
  switch (type[0]) {
    case "string":
      return stringOf(schema);
    case "integer":
      return fc.integer({
        min: Math.max(Number(schema.minimum ?? -1000), -1e6),
        max: Math.min(Number(schema.maximum ?? 1000), 1e6),
      });
    case "number":
      return fc.double({
        min: Number(schema.minimum ?? -1000),
        max: Number(schema.maximum ?? 1000),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(validValue(schema.items as Schema, depth + 1), {
        minLength: Number(schema.minItems ?? 0),
        maxLength: Math.min(Number(schema.maxItems ?? 3), 3),
      });
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const fields = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, validValue(v, depth + 1)]));
      return fc.record(fields, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

const WRONG_TYPES: unknown[] = [null, 12, -1, 1.5, true, "text", [], {}, ["a"], { x: 1 }];

/**
 * A value valid but for one place: a wrong type, a missing required field, odd or hostile text. `maxText` bounds the
 * text for values that travel in the URL: past 16 KB of headers Node itself answers 431 before the app runs.
 */
export function invalidValue(schema: Schema | undefined, maxText = Infinity): fc.Arbitrary<unknown> {
  const texts = [...ODD_STRINGS, ...HOSTILE_STRINGS].filter((text) => text.length <= maxText);
  if (!schema) return fc.constantFrom(...WRONG_TYPES);
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const names = Object.keys(properties);
  if (schema.type !== "object" || names.length === 0) return fc.constantFrom(...WRONG_TYPES, ...texts);
  return fc
    .tuple(validValue(schema) as fc.Arbitrary<Record<string, unknown>>, fc.constantFrom(...names))
    .chain(([value, field]) =>
      fc.oneof(
        fc.constantFrom(...WRONG_TYPES).map((wrong) => ({ ...value, [field]: wrong })),
        fc.constant(Object.fromEntries(Object.entries(value).filter(([k]) => k !== field))),
        fc.constantFrom(...texts).map((odd) => ({ ...value, [field]: odd })),
        fc.constant(WRONG_TYPES),
      ),
    );
}

/** The string-typed fields of an object schema (one level), where the odd strings go. */
export function stringFields(schema: Schema | undefined): string[] {
  const properties = (schema?.properties ?? {}) as Record<string, Schema>;
  return Object.entries(properties)
    .filter(
      ([, s]) => s.type === "string" || ((s.anyOf as Schema[] | undefined) ?? []).some((o) => o.type === "string"),
    )
    .map(([name]) => name);
}
