import { isObject } from "../guards";

// An SPDX 3 JSON-LD @graph, indexed: elements by their id (spdxId, or @id for blank nodes such as CreationInfo) and
// relationships as from → type → to. The document already passed the schema; these helpers still read defensively.
export type SpdxElement = { value: Record<string, unknown>; path: string };
export type SpdxGraph = {
  elements: SpdxElement[];
  byId: Map<string, SpdxElement>;
  related: (from: string, types: readonly string[]) => string[];
  roots: string[];
};

export function indexGraph(doc: Record<string, unknown>): SpdxGraph {
  const elements: SpdxElement[] = [];
  const byId = new Map<string, SpdxElement>();
  const graph = Array.isArray(doc["@graph"]) ? doc["@graph"] : [];
  graph.forEach((value: unknown, i) => {
    if (!isObject(value)) return;
    const element = { value, path: `/@graph/${i}` };
    elements.push(element);
    for (const id of [value.spdxId, value["@id"]]) if (typeof id === "string" && !byId.has(id)) byId.set(id, element);
  });
  const edges = new Map<string, { type: string; to: string[] }[]>();
  for (const { value } of elements) {
    if (value.type !== "Relationship" && value.type !== "LifecycleScopedRelationship") continue;
    const from = refOf(value.from);
    if (!from || typeof value.relationshipType !== "string") continue;
    const to = (Array.isArray(value.to) ? value.to : []).map(refOf).filter((id): id is string => !!id);
    edges.set(from, [...(edges.get(from) ?? []), { type: value.relationshipType, to }]);
  }
  const roots = elements
    .filter((e) => e.value.type === "SpdxDocument")
    .flatMap((e) => (Array.isArray(e.value.rootElement) ? e.value.rootElement : []))
    .map(refOf)
    .filter((id): id is string => !!id);
  return {
    elements,
    byId,
    roots,
    related: (from, types) => [
      ...new Set((edges.get(from) ?? []).filter((e) => types.includes(e.type)).flatMap((e) => e.to)),
    ],
  };
}

// A reference is an element's id, or (JSON-LD allows it) the element written inline.
export function refOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (isObject(value) && typeof value.spdxId === "string") return value.spdxId;
  return null;
}

// A string or a list of strings as one line ("a; b"), empty when neither.
export function joined(value: unknown): string {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v): v is string | number => (typeof v === "string" && !!v.trim()) || typeof v === "number")
    .map((v) => String(v).trim())
    .join("; ");
}

// DictionaryEntry lists (ai_hyperparameter, ai_metric, ai_metricDecisionThreshold) as [key, value] pairs.
export function entries(value: unknown): [string, string][] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .filter((e) => typeof e.key === "string" && e.key.trim())
    .map((e) => [String(e.key).trim(), typeof e.value === "string" ? e.value.trim() : ""]);
}
