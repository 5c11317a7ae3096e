import fc from "fast-check";
import { HOSTILE_STRINGS } from "../../helpers/zod-arbitrary";
import type { Schema } from "./document";

// Request values generated from the OpenAPI document's own JSON Schemas: `validValue` keeps to the schema (so the
// server's answer to it says whether the document tells the whole truth), `invalidValue` breaks it in one place.
const DAY = 24 * 3600 * 1000;
const dates = fc
  .integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2030, 11, 31) / DAY })
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
  if (typeof schema.pattern === "string") {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= min && s.length <= Number(schema.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot generate from falls through to plain text.
    }
  }
  switch (schema.format) {
    case "date":
      return dates.map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return dates.map((d) => d.toISOString());
    case "email":
      return fc.emailAddress();
    case "uri":
      return fc.webUrl();
  }
  // Printable, not blank: a value of only spaces is a different question from a valid one (see the allow-list).
  return fc.string({ minLength: Math.max(min, 1), maxLength: Math.max(max, 1) }).filter((s) => s.trim().length >= min);
}

export function validValue(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
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
