import fc from "fast-check";
import type { Operation, Schema } from "./document";
import { invalidValue, ODD_STRINGS, stringFields, validValue } from "./inputs";
import { realParam, type Ids } from "./journey";
import type { Call } from "./probe";

const URL_TEXT_LIMIT = 10_240;

// The generated requests for one operation: values the document allows, values it does not, and odd text in every
// string field, query parameter and path id. Deterministic for a seed (fc.sample), so a failure can be replayed.
export function generatedCalls(op: Operation, ids: Ids, seed: number, runs: number): { what: string; call: Call }[] {
  const params = Object.fromEntries(
    op.parameters.filter((p) => p.in === "path").map((p) => [p.name, realParam(op.path, p.name, ids)]),
  );
  const queryParams = op.parameters.filter((p) => p.in === "query");
  const querySchema: Schema = {
    type: "object",
    properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])),
    required: queryParams.filter((p) => p.required).map((p) => p.name),
  };
  const bodySchema = op.requestBody?.content["application/json"]?.schema;
  const sample = <T>(arbitrary: fc.Arbitrary<T>, salt: number) =>
    fc.sample(arbitrary, { seed: seed + salt, numRuns: runs });
  const asQuery = (value: unknown) =>
    Object.fromEntries(
      Object.entries((value ?? {}) as Record<string, unknown>).map(([k, v]) => [
        k,
        typeof v === "string" ? v : JSON.stringify(v),
      ]),
    );

  const calls: { what: string; call: Call }[] = [];
  const validQueries = queryParams.length ? sample(validValue(querySchema), 1) : [];
  const validBodies = bodySchema ? sample(validValue(bodySchema), 2) : [];
  for (let i = 0; i < runs; i++) {
    if (!queryParams.length && !bodySchema) break;
    calls.push({
      what: `generated valid #${i}`,
      call: { params, query: asQuery(validQueries[i]), body: validBodies[i] },
    });
  }
  if (queryParams.length)
    for (const [i, query] of sample(invalidValue(querySchema, URL_TEXT_LIMIT), 3).entries())
      calls.push({
        what: `generated invalid query #${i}`,
        call: { params, query: asQuery(query), body: validBodies[0] },
      });
  if (bodySchema) {
    for (const [i, body] of sample(invalidValue(bodySchema), 4).entries())
      calls.push({ what: `generated invalid body #${i}`, call: { params, body } });
    for (const text of ["{", "not json", "", "[]", "null"])
      calls.push({ what: `malformed body ${JSON.stringify(text)}`, call: { params, body: text } });
  }
  calls.push(
    ...oddTextCalls(
      params,
      queryParams.map((p) => p.name),
      bodySchema,
      validBodies[0],
    ),
  );
  return calls;
}

function oddTextCalls(
  params: Record<string, string>,
  queryNames: string[],
  bodySchema: Schema | undefined,
  base: unknown,
) {
  const calls: { what: string; call: Call }[] = [];
  // Every odd string at least once per place, and every field at least once: rotate through both lists.
  const rotate = (names: string[], place: (name: string, odd: string) => Call, what: string) => {
    for (let i = 0; i < Math.max(names.length, names.length ? ODD_STRINGS.length : 0); i++) {
      const name = names[i % names.length]!;
      const odd = ODD_STRINGS[i % ODD_STRINGS.length]!;
      calls.push({ what: `odd text ${JSON.stringify(odd.slice(0, 12))} in ${what} ${name}`, call: place(name, odd) });
    }
  };
  rotate(queryNames, (name, odd) => ({ params, query: { [name]: odd }, body: base }), "query");
  const fields = stringFields(bodySchema);
  const baseObject = (base && typeof base === "object" ? base : {}) as Record<string, unknown>;
  rotate(fields, (name, odd) => ({ params, body: { ...baseObject, [name]: odd } }), "body field");
  for (const name of Object.keys(params))
    for (const odd of ODD_STRINGS)
      calls.push({
        what: `odd text ${JSON.stringify(odd.slice(0, 12))} in path ${name}`,
        call: { params: { ...params, [name]: odd }, body: base },
      });
  return calls;
}
