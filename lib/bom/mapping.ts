import { BOM_LIMITS, type BomProblem } from "./limits";
import { isObject } from "./guards";

// What a CycloneDX ML-BOM says about one AI system, in Actlas' terms. The application in metadata.component is the
// system; each machine-learning-model component a model (its version, with the model card's fields as the version's
// tags and numeric metrics); each data component, and each dataset written inline in a model card, a dataset.
export type BomVersion = {
  version: string;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  datasetRefs: string[];
};
export type BomModel = { name: string; description: string; versions: BomVersion[] };
export type BomDataset = { name: string; description: string; uri: string };
export type MappedBom = {
  system: { name: string; description: string } | null;
  models: BomModel[];
  datasets: BomDataset[];
};

// Limits of the columns the records land in (the same as the model and intake forms').
export const FIELD_LIMITS = { name: 200, description: 4000, version: 100, tag: 500, tags: 50 } as const;
// A model component without a version still gets a row that holds its model card.
export const UNVERSIONED = "unversioned";
export const TAG_PROPERTY = "actlas:tag:";

type Component = { value: Record<string, unknown>; path: string };

export function mapBom(
  bom: Record<string, unknown>,
): { ok: true; mapped: MappedBom } | { ok: false; problems: BomProblem[] } {
  const problems: BomProblem[] = [];
  const components = flatten(bom.components);
  const datasets = new Map<string, BomDataset>();
  const datasetNameOfRef = new Map<string, string>();
  for (const { value, path } of components) {
    if (value.type !== "data") continue;
    const name = text(value.name, FIELD_LIMITS.name, `${path}/name`, problems);
    if (!name) continue;
    if (typeof value["bom-ref"] === "string") datasetNameOfRef.set(value["bom-ref"], name);
    if (!datasets.has(name))
      datasets.set(name, { name, description: clip(value.description, FIELD_LIMITS.description), uri: uriOf(value) });
  }
  const models = new Map<string, BomModel>();
  for (const { value, path } of components) {
    if (value.type !== "machine-learning-model") continue;
    const name = text(value.name, FIELD_LIMITS.name, `${path}/name`, problems);
    if (!name) continue;
    const version = typeof value.version === "string" && value.version.trim() ? value.version.trim() : UNVERSIONED;
    if (version.length > FIELD_LIMITS.version) {
      problems.push({ path: `${path}/version`, message: `must be at most ${FIELD_LIMITS.version} characters` });
      continue;
    }
    const card = isObject(value.modelCard) ? value.modelCard : {};
    const refs = cardDatasets(card, datasetNameOfRef, datasets);
    const model = models.get(name) ?? {
      name,
      description: clip(value.description, FIELD_LIMITS.description),
      versions: [],
    };
    models.set(name, model);
    if (model.versions.some((v) => v.version === version)) continue;
    const tags = { ...ownTags(value.properties), ...cardTags(card) };
    model.versions.push({ version, metrics: metricsOf(card), tags, datasetRefs: refs });
  }
  const meta = isObject(bom.metadata) && isObject(bom.metadata.component) ? bom.metadata.component : null;
  const systemName =
    meta && meta.type === "application"
      ? text(meta.name, FIELD_LIMITS.name, "/metadata/component/name", problems)
      : null;
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, BOM_LIMITS.problems) };
  return {
    ok: true,
    mapped: {
      system: systemName ? { name: systemName, description: clip(meta?.description, FIELD_LIMITS.description) } : null,
      models: [...models.values()],
      datasets: [...datasets.values()],
    },
  };
}

// Nested components (a component's own `components`) are walked with an explicit stack; the count was capped before.
function flatten(list: unknown): Component[] {
  const out: Component[] = [];
  const stack: { list: unknown; path: string }[] = [{ list, path: "/components" }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (!Array.isArray(next.list)) continue;
    next.list.forEach((value: unknown, i) => {
      if (!isObject(value)) return;
      const path = `${next.path}/${i}`;
      out.push({ value, path });
      if (Array.isArray(value.components)) stack.push({ list: value.components, path: `${path}/components` });
    });
  }
  return out;
}

function cardDatasets(
  card: Record<string, unknown>,
  nameOfRef: Map<string, string>,
  datasets: Map<string, BomDataset>,
) {
  const params = isObject(card.modelParameters) ? card.modelParameters : {};
  const refs: string[] = [];
  for (const entry of Array.isArray(params.datasets) ? params.datasets : []) {
    if (!isObject(entry)) continue;
    if (typeof entry.ref === "string") {
      refs.push(nameOfRef.get(entry.ref) ?? entry.ref.slice(0, 1000));
      continue;
    }
    const name = typeof entry.name === "string" ? entry.name.trim().slice(0, FIELD_LIMITS.name) : "";
    if (!name) continue;
    refs.push(name);
    if (!datasets.has(name))
      datasets.set(name, {
        name,
        description: clip(entry.description, FIELD_LIMITS.description),
        uri: contentsUrl(entry),
      });
  }
  return [...new Set(refs)].slice(0, 50);
}

function metricsOf(card: Record<string, unknown>): Record<string, number> {
  const analysis = isObject(card.quantitativeAnalysis) ? card.quantitativeAnalysis : {};
  const metrics: Record<string, number> = {};
  for (const m of Array.isArray(analysis.performanceMetrics) ? analysis.performanceMetrics : []) {
    if (!isObject(m) || typeof m.type !== "string" || typeof m.value !== "string") continue;
    const value = Number(m.value);
    if (m.value.trim() === "" || !Number.isFinite(value)) continue;
    const key = (typeof m.slice === "string" && m.slice ? `${m.type} (${m.slice})` : m.type).slice(0, 100);
    if (Object.keys(metrics).length < FIELD_LIMITS.tags) metrics[key] = value;
  }
  return metrics;
}

// The model card's words as version tags (at most 50, each value clipped to the tag column's 500 characters);
// metrics that are not numbers ("calibration: good") are kept as tags too, so nothing the card says is dropped.
function cardTags(card: Record<string, unknown>): Record<string, string> {
  const params = isObject(card.modelParameters) ? card.modelParameters : {};
  const considerations = isObject(card.considerations) ? card.considerations : {};
  const analysis = isObject(card.quantitativeAnalysis) ? card.quantitativeAnalysis : {};
  const entries: [string, unknown][] = [
    ["approach", isObject(params.approach) ? params.approach.type : undefined],
    ["task", params.task],
    ["architectureFamily", params.architectureFamily],
    ["modelArchitecture", params.modelArchitecture],
    ["users", considerations.users],
    ["useCases", considerations.useCases],
    ["technicalLimitations", considerations.technicalLimitations],
    ["performanceTradeoffs", considerations.performanceTradeoffs],
    ["ethicalConsiderations", namedRisks(considerations.ethicalConsiderations)],
  ];
  for (const m of Array.isArray(analysis.performanceMetrics) ? analysis.performanceMetrics : [])
    if (isObject(m) && typeof m.type === "string" && typeof m.value === "string" && !Number.isFinite(Number(m.value)))
      entries.push([`metric: ${m.type}`.slice(0, 100), m.value]);
  const tags: Record<string, string> = {};
  for (const [key, raw] of entries) {
    const value = Array.isArray(raw) ? raw.filter((v) => typeof v === "string").join("; ") : raw;
    if (typeof value === "string" && value.trim() && Object.keys(tags).length < FIELD_LIMITS.tags)
      tags[key] = value.trim().slice(0, FIELD_LIMITS.tag);
  }
  return tags;
}

// Tags that have no place in a model card travel as "actlas:tag:<key>" properties (see export.ts).
function ownTags(properties: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const p of Array.isArray(properties) ? properties : []) {
    if (!isObject(p) || typeof p.name !== "string" || typeof p.value !== "string") continue;
    const key = p.name.startsWith(TAG_PROPERTY) ? p.name.slice(TAG_PROPERTY.length).trim().slice(0, 100) : "";
    if (key && Object.keys(tags).length < FIELD_LIMITS.tags) tags[key] = p.value.slice(0, FIELD_LIMITS.tag);
  }
  return tags;
}

function namedRisks(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter(isObject)
    .map((r) => [r.name, r.mitigationStrategy].filter((v): v is string => typeof v === "string" && !!v).join(" → "));
}

function uriOf(component: Record<string, unknown>): string {
  const data = Array.isArray(component.data) ? component.data.find(isObject) : undefined;
  const fromData = data ? contentsUrl(data) : "";
  if (fromData) return fromData;
  const ref = Array.isArray(component.externalReferences) ? component.externalReferences.find(isObject) : undefined;
  return typeof ref?.url === "string" ? ref.url.slice(0, 2000) : "";
}

function contentsUrl(data: Record<string, unknown>): string {
  const contents = isObject(data.contents) ? data.contents : {};
  return typeof contents.url === "string" ? contents.url.slice(0, 2000) : "";
}

export function text(value: unknown, max: number, path: string, problems: BomProblem[]): string | null {
  const s = typeof value === "string" ? value.trim() : "";
  if (!s) problems.push({ path, message: "must not be empty" });
  else if (s.length > max) problems.push({ path, message: `must be at most ${max} characters` });
  else return s;
  return null;
}

export const clip = (value: unknown, max: number) => (typeof value === "string" ? value.trim().slice(0, max) : "");
