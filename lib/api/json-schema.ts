import { z } from "zod";

export type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
};

type Check = { _zod: { def: { check?: string; tx?: (value: unknown) => unknown } } };

// A `.trim()` check: zod keeps it as an overwrite whose function we can only recognise by what it does.
function trims(schema: { _zod: { def: unknown } }): boolean {
  const checks = ((schema._zod.def as { checks?: Check[] }).checks ?? []).map((c) => c._zod.def);
  return checks.some((c) => c.check === "overwrite" && c.tx?.(" x ") === "x");
}

// A trimmed string's minLength counts what is left after trimming, which JSON Schema's minLength cannot say: "   "
// is as long as "abc" but refused. A pattern says it: at least `min` characters between the first and last visible.
function trimmedPattern(min: number): string {
  return min <= 1 ? "\\S" : `^\\s*\\S[\\s\\S]{${min - 2},}\\S\\s*$`;
}

// OpenAPI 3.1 schemas are JSON Schema 2020-12. Requests are documented as clients send them (zod input), responses
// as the server returns them (output). Transforms have no JSON form; they show as their input type.
export function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const min = Number(jsonSchema.minLength ?? 0);
      if (io === "input" && jsonSchema.type === "string" && min >= 1 && !jsonSchema.pattern && trims(zodSchema))
        jsonSchema.pattern = trimmedPattern(min);
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}
