import fc from "fast-check";
import type { Operation, Schema } from "./document";
import { invalidValue, ODD_STRINGS, stringFields, validValue } from "./inputs";
import { realParam, type Ids } from "./journey";
import { BAD_FILES, PDF_FILE } from "./files";
import type { Call, FilePart } from "./probe";

// The operations that take a file (multipart/form-data), sent as a client would: generated text parts the document
// allows and ones it does not, odd text in every text part, and files the server must refuse by their content or
// their name. Every answer is held to the document like the JSON calls.

const asParts = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(value && typeof value === "object" && !Array.isArray(value) ? value : {}).map(([k, v]) => [
      k,
      typeof v === "string" ? v : JSON.stringify(v),
    ]),
  );

export function multipartCalls(op: Operation, ids: Ids, seed: number, runs: number): { what: string; call: Call }[] {
  const schema = op.requestBody?.content["multipart/form-data"]?.schema;
  if (!schema) return [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const files = Object.keys(properties).filter((name) => properties[name]!.format === "binary");
  const text: Schema = {
    ...schema,
    properties: Object.fromEntries(Object.entries(properties).filter(([name]) => !files.includes(name))),
    required: ((schema.required as string[] | undefined) ?? []).filter((name) => !files.includes(name)),
  };
  const params = Object.fromEntries(
    op.parameters.filter((p) => p.in === "path").map((p) => [p.name, realParam(op.path, p.name, ids)]),
  );
  const sample = <T>(arbitrary: fc.Arbitrary<T>, salt: number) =>
    fc.sample(arbitrary, { seed: seed + salt, numRuns: runs });
  const withFile = (parts: Record<string, string>, file: FilePart = PDF_FILE) =>
    Object.fromEntries([...Object.entries(parts), ...files.map((name) => [name, file] as const)]);

  const valid = sample(validValue(text), 11).map(asParts);
  const calls: { what: string; call: Call }[] = valid.map((parts, i) => ({
    what: `multipart generated valid #${i}`,
    call: { params, multipart: withFile(parts) },
  }));
  calls.push({ what: "multipart without its file", call: { params, multipart: valid[0] ?? {} } });
  for (const [i, parts] of sample(invalidValue(text), 12).entries())
    calls.push({ what: `multipart generated invalid #${i}`, call: { params, multipart: withFile(asParts(parts)) } });
  for (const { what, file } of BAD_FILES)
    calls.push({ what: `multipart with ${what}`, call: { params, multipart: withFile(valid[0] ?? {}, file) } });
  const fields = stringFields(text);
  for (let i = 0; fields.length && i < Math.max(fields.length, ODD_STRINGS.length); i++) {
    const field = fields[i % fields.length]!;
    const odd = ODD_STRINGS[i % ODD_STRINGS.length]!;
    calls.push({
      what: `multipart odd text ${JSON.stringify(odd.slice(0, 12))} in part ${field}`,
      call: { params, multipart: withFile({ ...(valid[0] ?? {}), [field]: odd }) },
    });
  }
  return calls;
}
