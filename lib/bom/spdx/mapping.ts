import { BOM_LIMITS, type BomProblem } from "../limits";
import { FIELD_LIMITS, UNVERSIONED, clip, text, type BomDataset, type BomModel, type MappedBom } from "../mapping";
import { entries, refOf, indexGraph, joined, type SpdxElement, type SpdxGraph } from "./graph";

const AI = "ai_AIPackage";
const DATASET = "dataset_DatasetPackage";
const PACKAGE = "software_Package";
// The relationships through which an application holds its models and datasets.
const HOLDS = ["contains", "dependsOn", "hasOptionalDependency", "hasProvidedDependency"] as const;

// An SPDX 3.0.1 document with the AI and Dataset profiles, in the same terms as a CycloneDX ML-BOM (see ../mapping.ts),
// so both go through one diff and one applier. Each ai_AIPackage is a model (software_packageVersion its version, the
// AI profile's fields the version's tags, numeric ai_metric entries its metrics, the datasets it was trainedOn or
// testedOn its dataset references); each dataset_DatasetPackage a dataset, whose Dataset profile fields join its
// description (a dataset has no other place for them); the SpdxDocument's root software_Package is the system.
export function mapSpdx(
  doc: Record<string, unknown>,
): { ok: true; mapped: MappedBom } | { ok: false; problems: BomProblem[] } {
  const problems: BomProblem[] = [];
  const graph = indexGraph(doc);
  const datasets = new Map<string, BomDataset>();
  const nameOf = new Map<string, string>();
  for (const { value, path } of ofType(graph, DATASET)) {
    const name = text(value.name, FIELD_LIMITS.name, `${path}/name`, problems);
    if (!name) continue;
    const id = refOf(value);
    if (id) nameOf.set(id, name);
    if (!datasets.has(name)) datasets.set(name, { name, description: datasetDescription(value), uri: uriOf(value) });
  }
  const models = new Map<string, BomModel>();
  for (const { value, path } of ofType(graph, AI)) {
    const name = text(value.name, FIELD_LIMITS.name, `${path}/name`, problems);
    if (!name) continue;
    const raw = typeof value.software_packageVersion === "string" ? value.software_packageVersion.trim() : "";
    const version = raw || UNVERSIONED;
    if (version.length > FIELD_LIMITS.version) {
      problems.push({
        path: `${path}/software_packageVersion`,
        message: `must be at most ${FIELD_LIMITS.version} characters`,
      });
      continue;
    }
    const model = models.get(name) ?? { name, description: describe(value), versions: [] };
    models.set(name, model);
    if (model.versions.some((v) => v.version === version)) continue;
    const id = refOf(value) ?? "";
    const names = (types: readonly string[]) =>
      graph.related(id, types).map((to) => nameOf.get(to) ?? nameOfElement(graph, to));
    const trainedOn = names(["trainedOn"]);
    const testedOn = names(["testedOn"]);
    model.versions.push({
      version,
      metrics: metricsOf(value),
      tags: modelTags(graph, value, trainedOn, testedOn),
      datasetRefs: [...new Set([...trainedOn, ...testedOn])].slice(0, 50),
    });
  }
  const root = systemElement(graph);
  const systemName = root ? text(root.value.name, FIELD_LIMITS.name, `${root.path}/name`, problems) : null;
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, BOM_LIMITS.problems) };
  return {
    ok: true,
    mapped: {
      system: root && systemName ? { name: systemName, description: describe(root.value) } : null,
      models: [...models.values()],
      datasets: [...datasets.values()],
    },
  };
}

const ofType = (graph: SpdxGraph, type: string) => graph.elements.filter((e) => e.value.type === type);

// The application: the document's root element when it is a plain software package; else the one package that
// contains or depends on the AI packages. A file whose root is a model names no system (the user chooses one).
function systemElement(graph: SpdxGraph): SpdxElement | null {
  const isApp = (e: SpdxElement | undefined): e is SpdxElement => e?.value.type === PACKAGE;
  const root = graph.roots.map((id) => graph.byId.get(id)).find(isApp);
  if (root) return root;
  if (graph.roots.length > 0) return null;
  const holders = ofType(graph, PACKAGE).filter((p) =>
    graph.related(refOf(p.value) ?? "", HOLDS).some((to) => {
      const type = graph.byId.get(to)?.value.type;
      return type === AI || type === DATASET;
    }),
  );
  return holders.length === 1 ? holders[0]! : null;
}

const describe = (value: Record<string, unknown>) =>
  clip(
    typeof value.description === "string" && value.description.trim() ? value.description : value.summary,
    FIELD_LIMITS.description,
  );

function nameOfElement(graph: SpdxGraph, id: string): string {
  const name = graph.byId.get(id)?.value.name;
  return (typeof name === "string" && name.trim() ? name.trim() : id).slice(0, FIELD_LIMITS.name);
}

function metricsOf(value: Record<string, unknown>): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const [key, raw] of entries(value.ai_metric)) {
    const n = Number(raw);
    if (raw !== "" && Number.isFinite(n) && Object.keys(metrics).length < FIELD_LIMITS.tags)
      metrics[key.slice(0, 100)] = n;
  }
  return metrics;
}

// The AI profile's fields as version tags, named after the SPDX property without its "ai_" prefix; metrics that are
// not numbers are kept as "metric: <key>" tags so nothing the file says is dropped.
function modelTags(graph: SpdxGraph, value: Record<string, unknown>, trainedOn: string[], testedOn: string[]) {
  const tagged: [string, unknown][] = [
    ["suppliedBy", agentName(graph, value.suppliedBy)],
    ["typeOfModel", value.ai_typeOfModel],
    ["domain", value.ai_domain],
    ["autonomyType", value.ai_autonomyType],
    ["limitation", value.ai_limitation],
    ["informationAboutTraining", value.ai_informationAboutTraining],
    ["informationAboutApplication", value.ai_informationAboutApplication],
    ["standardCompliance", value.ai_standardCompliance],
    ["safetyRiskAssessment", value.ai_safetyRiskAssessment],
    ["useSensitivePersonalInformation", value.ai_useSensitivePersonalInformation],
    ["modelExplainability", value.ai_modelExplainability],
    ["modelDataPreprocessing", value.ai_modelDataPreprocessing],
    ["hyperparameter", pairs(value.ai_hyperparameter)],
    ["metricDecisionThreshold", pairs(value.ai_metricDecisionThreshold)],
    ["trainedOn", trainedOn],
    ["testedOn", testedOn],
    ["summary", value.description ? value.summary : undefined],
    ["releaseTime", value.releaseTime],
    ["downloadLocation", value.software_downloadLocation],
    ["packageUrl", value.software_packageUrl],
  ];
  for (const [key, raw] of entries(value.ai_metric))
    if (raw === "" || !Number.isFinite(Number(raw))) tagged.push([`metric: ${key}`.slice(0, 100), raw]);
  const tags: Record<string, string> = {};
  for (const [key, raw] of tagged) {
    const line = joined(raw);
    if (line && Object.keys(tags).length < FIELD_LIMITS.tags) tags[key] = line.slice(0, FIELD_LIMITS.tag);
  }
  return tags;
}

function agentName(graph: SpdxGraph, ref: unknown): string {
  const id = typeof ref === "string" ? ref : null;
  const name = id ? graph.byId.get(id)?.value.name : undefined;
  return typeof name === "string" && name.trim() ? name : (id ?? "");
}

const DATASET_LINES: [string, string][] = [
  ["dataset_datasetType", "Type"],
  ["dataset_dataCollectionProcess", "Collection process"],
  ["dataset_intendedUse", "Intended use"],
  ["dataset_knownBias", "Known bias"],
  ["dataset_hasSensitivePersonalInformation", "Sensitive personal information"],
  ["dataset_anonymizationMethodUsed", "Anonymisation"],
  ["dataset_confidentialityLevel", "Confidentiality level"],
  ["dataset_datasetAvailability", "Availability"],
  ["dataset_dataPreprocessing", "Preprocessing"],
  ["dataset_datasetNoise", "Noise"],
  ["dataset_datasetUpdateMechanism", "Update mechanism"],
  ["dataset_sensor", "Sensor"],
];

// The description the file gives, then one line per Dataset profile field ("Known bias: …"), in the order above so
// the same file always gives the same text (and a re-import is "unchanged").
function datasetDescription(value: Record<string, unknown>): string {
  const lines = [describe(value)];
  for (const [property, label] of DATASET_LINES) {
    const line = property === "dataset_sensor" ? pairs(value[property]) : joined(value[property]);
    if (line) lines.push(`${label}: ${line}`);
  }
  if (typeof value.dataset_datasetSize === "number") lines.push(`Size: ${value.dataset_datasetSize} bytes`);
  return clip(lines.filter(Boolean).join("\n"), FIELD_LIMITS.description);
}

const pairs = (value: unknown) =>
  entries(value)
    .map(([k, v]) => (v ? `${k}=${v}` : k))
    .join("; ");

function uriOf(value: Record<string, unknown>): string {
  for (const candidate of [value.software_downloadLocation, value.software_homePage])
    if (typeof candidate === "string" && candidate.trim()) return candidate.trim().slice(0, 2000);
  return "";
}
