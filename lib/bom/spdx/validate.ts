import "server-only";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import schema from "../schemas/spdx-3.0.1.schema.json";
import { isObject } from "../guards";
import { BOM_LIMITS, type BomProblem } from "../limits";

export const SPDX_VERSION = "3.0.1";
export const SPDX_CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";

export type SpdxCheck =
  | {
      ok: true;
      format: "SPDX";
      bom: Record<string, unknown>;
      specVersion: typeof SPDX_VERSION;
      documentId: string | null;
    }
  | { ok: false; problems: BomProblem[] };

// A JSON-LD document whose @context is one of SPDX's (any 3.x, so that a 3.0.0 file is told which version to export
// rather than that it is not CycloneDX).
export function isSpdxDocument(doc: Record<string, unknown>): boolean {
  const contexts = Array.isArray(doc["@context"]) ? doc["@context"] : [doc["@context"]];
  return contexts.some((c) => typeof c === "string" && c.startsWith("https://spdx.org/rdf/3."));
}

const compiled: { fast?: ValidateFunction; full?: ValidateFunction } = {};

// Two validators of the one schema, each compiled on first use (about a second: the schema describes all 400-odd SPDX
// classes, and tries each on every element). "fast" stops at the first error; "full" lists them all, and is only run
// on single elements that failed, because on a whole document of bad elements it would collect hundreds of errors
// per element (a 600 KB file took over a minute and a gigabyte). Strict mode is off for annotation keywords.
function validator(kind: "fast" | "full"): ValidateFunction {
  const known = compiled[kind];
  if (known) return known;
  const ajv = new Ajv2020({ strict: false, allErrors: kind === "full" });
  addFormats(ajv);
  return (compiled[kind] = ajv.compile(schema));
}

// The schema's errors for a document: none when it passes; else those of the first failing elements (each checked
// alone, its paths put back under its own index), or the document's own when no element fails by itself.
function schemaErrors(doc: Record<string, unknown>, graph: unknown[]): ErrorObject[] {
  if (passes("fast", doc)) return [];
  const alone = (element: unknown) => ({ "@context": SPDX_CONTEXT, "@graph": [element] });
  const errors: ErrorObject[] = [];
  let failing = 0;
  for (let i = 0; i < graph.length && failing < BOM_LIMITS.problems; i++) {
    if (passes("fast", alone(graph[i]))) continue;
    failing += 1;
    const full = validator("full");
    full(alone(graph[i]));
    for (const e of full.errors ?? [])
      if (e.instancePath.startsWith("/@graph/0"))
        errors.push({ ...e, instancePath: `/@graph/${i}${e.instancePath.slice("/@graph/0".length)}` });
  }
  if (failing > 0) return errors;
  // No element fails alone: the document's own properties do (or, failing that, whatever the schema said first).
  const full = validator("full");
  if (!full({ ...doc, "@graph": [] })) return full.errors ?? [];
  const fast = validator("fast");
  fast(doc);
  return fast.errors ?? [];
}

// A plain boolean: ajv's validators are type guards, which would narrow the document to never when it fails.
const passes = (kind: "fast" | "full", data: unknown): boolean => validator(kind)(data);

// A parsed SPDX document → the same document once it passes the SPDX 3.0.1 JSON schema, or its problems by JSON path.
// The element count is capped before the schema runs, like a CycloneDX file's components.
export function checkSpdx(doc: Record<string, unknown>): SpdxCheck {
  if (doc["@context"] !== SPDX_CONTEXT)
    return fail("/@context", `must be "${SPDX_CONTEXT}": only SPDX ${SPDX_VERSION} JSON-LD can be imported.`);
  const graph = doc["@graph"];
  if (!Array.isArray(graph)) return fail("/@graph", "must list the document's elements.");
  if (graph.length > BOM_LIMITS.components)
    return fail("/@graph", `holds more than ${BOM_LIMITS.components.toLocaleString("en")} elements; split the file.`);
  const errors = schemaErrors(doc, graph);
  if (errors.length > 0) return { ok: false, problems: spdxProblems(errors, graph) };
  const document = graph.find((e) => isObject(e) && e.type === "SpdxDocument");
  const documentId = isObject(document) && typeof document.spdxId === "string" ? document.spdxId : null;
  return { ok: true, format: "SPDX", bom: doc, specVersion: SPDX_VERSION, documentId };
}

const ELEMENT_PATH = /^\/@graph\/(\d+)$/u;

// The schema tries every SPDX class on every element (an if/then/else per class) and, when one property is wrong,
// reports each of the element's other properties as "unevaluated" too. Kept: the errors on a property itself, the
// missing required ones, and properties the element's class really does not define; an element with nothing more
// precise is named with its class.
export function spdxProblems(errors: ErrorObject[], graph: unknown[]): BomProblem[] {
  const problems: BomProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: string) => {
    const key = `${path} ${message}`;
    if (seen.has(key) || problems.length >= BOM_LIMITS.problems) return;
    seen.add(key);
    problems.push({ path, message });
  };
  const unmatched: string[] = [];
  for (const e of errors) {
    if (e.keyword === "if" || (e.keyword === "const" && String(e.params.allowedValue).startsWith("Not a "))) continue;
    const index = ELEMENT_PATH.exec(e.instancePath)?.[1];
    const element = index === undefined ? undefined : graph[Number(index)];
    const type = isObject(element) && typeof element.type === "string" ? element.type : null;
    if (e.keyword === "unevaluatedProperties") {
      const property = String(e.params.unevaluatedProperty);
      if (e.instancePath === "" && property === "@graph") continue;
      if (type && !isClass(type)) add(`${e.instancePath}/type`, notAClass(type));
      else if (!type || !propertiesOf(type).has(property))
        add(
          e.instancePath,
          `has a property SPDX ${SPDX_VERSION} does not define${type ? ` for ${type}` : ""} (“${property}”)`,
        );
      continue;
    }
    if (e.keyword === "anyOf" && index !== undefined) {
      unmatched.push(e.instancePath);
      continue;
    }
    if (e.keyword === "enum") {
      add(e.instancePath, enumMessage(e.params.allowedValues as unknown[], at(graph, e.instancePath)));
      continue;
    }
    const constant = e.keyword === "const" ? ` "${String(e.params.allowedValue)}"` : "";
    add(e.instancePath, `${e.message ?? "is not valid"}${constant}`);
  }
  for (const path of unmatched) {
    if (problems.some((p) => p.path === path || p.path.startsWith(`${path}/`))) continue;
    const element = graph[Number(ELEMENT_PATH.exec(path)?.[1])];
    const type = isObject(element) ? element.type : undefined;
    if (typeof type !== "string") add(`${path}/type`, "must name the element's SPDX class");
    else add(isClass(type) ? path : `${path}/type`, isClass(type) ? `is not a valid ${type}` : notAClass(type));
  }
  return problems;
}

// A short vocabulary is listed; a long one (59 relationship types) is counted, with the values that start like the
// one given ("trainedWith" → trainedOn) offered.
function enumMessage(values: unknown[], given: unknown): string {
  const all = values.map(String);
  if (all.length <= 12) return `must be equal to one of the allowed values: ${all.join(", ")}`;
  const stem = typeof given === "string" ? given.slice(0, 4).toLowerCase() : "";
  const near = stem ? all.filter((v) => v.toLowerCase().startsWith(stem)) : [];
  const hint = near.length > 0 && near.length <= 5 ? `; did you mean ${near.join(" or ")}?` : "";
  return `must be one of the ${all.length} values SPDX ${SPDX_VERSION} defines here${hint}`;
}

// The value at a JSON pointer under /@graph (the only place an enum can fail in an SPDX document).
function at(graph: unknown[], pointer: string): unknown {
  const [, root, ...rest] = pointer.split("/");
  if (root !== "@graph") return undefined;
  let value: unknown = graph;
  for (const key of rest) {
    const k = key.replaceAll("~1", "/").replaceAll("~0", "~");
    value = Array.isArray(value) ? value[Number(k)] : isObject(value) ? value[k] : undefined;
  }
  return value;
}

const notAClass = (type: string) => `is not an SPDX ${SPDX_VERSION} class (“${type}”)`;

type Defs = Record<string, { allOf?: { $ref?: string; properties?: Record<string, unknown> }[] } | undefined>;
const defs = (schema as unknown as { $defs: Defs }).$defs;
const isClass = (type: string) => !!defs[`${type}_props`];
const known = new Map<string, Set<string>>();

// The properties a class defines, its ancestors' included (each class's "_props" is an allOf of its parent's and its own).
function propertiesOf(type: string): Set<string> {
  const cached = known.get(type);
  if (cached) return cached;
  const names = new Set<string>(["type", "spdxId", "@id"]);
  const stack = [`${type}_props`];
  while (stack.length > 0) {
    for (const part of defs[stack.pop()!]?.allOf ?? []) {
      if (part.$ref?.startsWith("#/$defs/")) stack.push(part.$ref.slice("#/$defs/".length));
      for (const name of Object.keys(part.properties ?? {})) names.add(name);
    }
  }
  known.set(type, names);
  return names;
}

const fail = (path: string, message: string): SpdxCheck => ({ ok: false, problems: [{ path, message }] });
