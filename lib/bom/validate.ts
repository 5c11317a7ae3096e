import "server-only";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import jsf from "./schemas/jsf-0.82.SNAPSHOT.schema.json";
import bom15 from "./schemas/bom-1.5.SNAPSHOT.schema.json";
import bom16 from "./schemas/bom-1.6.SNAPSHOT.schema.json";
import spdx from "./schemas/spdx.SNAPSHOT.schema.json";
import { isObject } from "./guards";
import { BOM_LIMITS, type BomProblem } from "./limits";
import { checkSpdx, isSpdxDocument, type SpdxCheck } from "./spdx/validate";

export const SPEC_VERSIONS = ["1.5", "1.6"] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];

const BASE = "http://cyclonedx.org/schema/";
const SCHEMA_IDS: Record<SpecVersion, string> = {
  "1.5": "http://cyclonedx.org/schema/bom-1.5.schema.json",
  "1.6": "http://cyclonedx.org/schema/bom-1.6.schema.json",
};

type Kind = "fast" | "full";
const instances: Partial<Record<Kind, Ajv>> = {};
const compiled = new Map<string, ValidateFunction>();
// A component's own schema: bad components are validated one at a time (see cdxErrors).
const COMPONENT = "#/definitions/component";

// The official schemas use vendor keywords ("meta:enum") and the formats iri-reference and idn-email, which ajv-formats
// does not define: strict mode is off for the keywords, and the two formats get the same check as their ASCII
// counterparts' loosest reading (an IRI may hold any character but white space; an e-mail needs one @).
// "fast" stops at the first error; "full" lists them all.
function ajvFor(kind: Kind): Ajv {
  const known = instances[kind];
  if (known) return known;
  const ajv = new Ajv({ strict: false, allErrors: kind === "full" });
  // The BOM schemas $ref these two by their file names ("spdx.SNAPSHOT.schema.json"), not by their $id.
  ajv.addSchema(spdx, `${BASE}spdx.SNAPSHOT.schema.json`);
  ajv.addSchema(jsf, `${BASE}jsf-0.82.SNAPSHOT.schema.json`);
  addFormats(ajv);
  ajv.addFormat("iri-reference", /^\S*$/u);
  ajv.addFormat("idn-email", /^[^\s@]+@[^\s@]+$/u);
  ajv.addSchema(bom15);
  ajv.addSchema(bom16);
  return (instances[kind] = ajv);
}

function validatorFor(version: SpecVersion, kind: Kind, part = ""): ValidateFunction {
  const key = `${kind} ${version}${part}`;
  const known = compiled.get(key);
  if (known) return known;
  const validate = ajvFor(kind).getSchema(`${SCHEMA_IDS[version]}${part}`);
  if (!validate) throw new Error(`CycloneDX ${version} schema is not loaded`);
  compiled.set(key, validate);
  return validate;
}

export type BomCheck =
  | { ok: true; format: "CycloneDX"; bom: Record<string, unknown>; specVersion: SpecVersion; documentId: string | null }
  | SpdxCheck
  | { ok: false; problems: BomProblem[] };

// Text → a CycloneDX document that passes its version's official JSON schema, or an SPDX 3.0.1 document that passes
// SPDX's (told apart by the file itself: bomFormat, or an SPDX JSON-LD @context), or the problems with their JSON path.
// The size is checked before parsing and the component count before the schema, so no file makes the (synchronous)
// parse or validation run long.
export function checkBom(text: string): BomCheck {
  if (Buffer.byteLength(text, "utf8") > BOM_LIMITS.bytes)
    return fail("", `The file is over the limit of ${BOM_LIMITS.bytes / (1024 * 1024)} MB.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail("", "The file is not valid JSON. Export the bill of materials as CycloneDX JSON or SPDX 3 JSON-LD.");
  }
  if (!isObject(parsed))
    return fail("", "The file must hold one JSON object, a CycloneDX bill of materials or an SPDX 3.0.1 document.");
  if (parsed.bomFormat === undefined && isSpdxDocument(parsed)) return checkSpdx(parsed);
  if (parsed.bomFormat === undefined && typeof parsed.spdxVersion === "string")
    return fail(
      "/spdxVersion",
      `is ${parsed.spdxVersion}: only SPDX 3.0.1 JSON-LD can be imported (SPDX 2 has no AI profile).`,
    );
  if (parsed.bomFormat !== "CycloneDX")
    return fail("/bomFormat", 'must be "CycloneDX", or the file an SPDX 3.0.1 JSON-LD document (its "@context").');
  const specVersion = SPEC_VERSIONS.find((v) => v === parsed.specVersion);
  if (!specVersion)
    return fail(
      "/specVersion",
      `must be one of ${SPEC_VERSIONS.join(", ")} (the file says ${JSON.stringify(parsed.specVersion)}).`,
    );
  const count = countComponents(parsed);
  if (count > BOM_LIMITS.components)
    return fail(
      "/components",
      `holds more than ${BOM_LIMITS.components.toLocaleString("en")} components; split the file.`,
    );
  if (!passes(validatorFor(specVersion, "fast"), parsed))
    return { ok: false, problems: problemsOf(cdxErrors(parsed, specVersion)) };
  const documentId = typeof parsed.serialNumber === "string" ? parsed.serialNumber : null;
  return { ok: true, format: "CycloneDX", bom: parsed, specVersion, documentId };
}

// All errors on a file of thousands of bad components took seconds (each bad licence tries every SPDX id): the
// document is checked without its components, then only the first failing components one by one, their paths put
// back under /components/<i>. Errors that need the whole list (two equal components) come from the whole file, which
// is then quick because every component is valid on its own.
function cdxErrors(bom: Record<string, unknown>, version: SpecVersion): ErrorObject[] {
  const full = validatorFor(version, "full");
  if (!Array.isArray(bom.components)) return full(bom) ? [] : (full.errors ?? []);
  const errors = full({ ...bom, components: [] }) ? [] : [...(full.errors ?? [])];
  const fast = validatorFor(version, "fast", COMPONENT);
  const one = validatorFor(version, "full", COMPONENT);
  let failing = 0;
  for (let i = 0; i < bom.components.length && failing < BOM_LIMITS.problems; i++) {
    if (passes(fast, bom.components[i])) continue;
    failing += 1;
    one(bom.components[i]);
    for (const e of one.errors ?? []) errors.push({ ...e, instancePath: `/components/${i}${e.instancePath}` });
  }
  if (errors.length > 0) return errors;
  return full(bom) ? [] : (full.errors ?? []);
}

// A plain boolean: ajv's validators are type guards, which would narrow a failing document to never.
const passes = (validate: ValidateFunction, data: unknown): boolean => validate(data);

function problemsOf(errors: ErrorObject[]): BomProblem[] {
  const seen = new Set<string>();
  const problems: BomProblem[] = [];
  for (const e of errors) {
    const extra = e.keyword === "additionalProperties" ? ` (“${String(e.params.additionalProperty)}”)` : "";
    const allowed = e.keyword === "enum" ? `: ${(e.params.allowedValues as unknown[]).map(String).join(", ")}` : "";
    const problem = { path: e.instancePath, message: `${e.message ?? "is not valid"}${extra}${allowed}` };
    const key = `${problem.path} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
    if (problems.length >= BOM_LIMITS.problems) break;
  }
  return problems;
}

// Components nest (a component's own components); an explicit stack keeps deep nesting off the call stack, and the
// walk stops as soon as the cap is passed.
function countComponents(bom: Record<string, unknown>): number {
  const stack: unknown[] = [bom.components];
  let count = 0;
  while (stack.length > 0 && count <= BOM_LIMITS.components) {
    const list = stack.pop();
    if (!Array.isArray(list)) continue;
    count += list.length;
    for (const c of list) if (isObject(c) && Array.isArray(c.components)) stack.push(c.components);
  }
  return count;
}

const fail = (path: string, message: string): BomCheck => ({ ok: false, problems: [{ path, message }] });
