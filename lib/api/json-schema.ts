import { z } from "zod";

export type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
};

type Check = { _zod: { def: { check?: string; tx?: (value: unknown) => unknown } } };

// A `.trim()` check: zod keeps it as an overwrite whose function we can only recognise by what it does.
// A default (`.prefault("")`) wraps the string it fills in; the trim is on the string inside.
function trims(schema: { _zod: { def: unknown } }): boolean {
  const def = schema._zod.def as { checks?: Check[]; innerType?: { _zod: { def: unknown } } };
  if (def.innerType) return trims(def.innerType);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  return checks.some((c) => c.check === "overwrite" && c.tx?.(" x ") === "x");
}

// A trimmed string's lengths count what is left after trimming, which JSON Schema's minLength and maxLength cannot
// say: "   " is as long as "abc" but refused, and 200 characters with a space either side are taken where maxLength is
// 200. A pattern says it exactly: between `min` and `max` characters from the first visible one to the last. The raw
// maxLength then goes, as it would refuse what the server takes.
function trimmedPattern(min: number, max?: number): string {
  if (max === undefined) return min <= 1 ? "\\S" : `^\\s*\\S[\\s\\S]{${min - 2},}\\S\\s*$`;
  const cores = [
    ...(min <= 1 && max >= 1 ? ["\\S"] : []),
    ...(max >= 2 ? [`\\S[\\s\\S]{${Math.max(min - 2, 0)},${max - 2}}\\S`] : []),
  ];
  if (cores.length === 0) return "^\\s*$";
  return `^\\s*(?:${cores.join("|")})${min === 0 ? "?" : ""}\\s*$`;
}

// OpenAPI 3.1 schemas are JSON Schema 2020-12. Requests are documented as clients send them (zod input), responses
// as the server returns them (output). Transforms have no JSON form; they show as their input type.
export function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      if (io !== "input" || jsonSchema.type !== "string" || !trims(zodSchema)) return;
      const min = Number(jsonSchema.minLength ?? 0);
      const max = typeof jsonSchema.maxLength === "number" ? jsonSchema.maxLength : undefined;
      if (max === undefined && (min < 1 || jsonSchema.pattern)) return;
      const pattern = trimmedPattern(min, max);
      // A pattern of the schema's own (a metric's characters) stays; the lengths join it.
      if (jsonSchema.pattern) jsonSchema.allOf = [{ pattern }];
      else jsonSchema.pattern = pattern;
      delete jsonSchema.maxLength;
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}
