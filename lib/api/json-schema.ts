import { z } from "zod";

export type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
};

// OpenAPI 3.1 schemas are JSON Schema 2020-12. Requests are documented as clients send them (zod input), responses
// as the server returns them (output). Transforms have no JSON form; they show as their input type.
export function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  delete json.$schema;
  return json;
}
