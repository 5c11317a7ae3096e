import { randomUUID } from "node:crypto";
import { TAG_PROPERTY, UNVERSIONED } from "./mapping";

// A system's models and datasets as a CycloneDX 1.6 ML-BOM, the inverse of mapBom(): the version tags the import
// wrote go back into the model card, other tags become component properties, so an exported file re-imports unchanged.
export type ExportSystem = { id: string; name: string; description: string };
export type ExportVersion = {
  id: string;
  version: string;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  datasetRefs: string[];
};
export type ExportModel = { id: string; name: string; description: string; versions: ExportVersion[] };
export type ExportDataset = { id: string; name: string; description: string; uri: string };

const APPROACHES = new Set([
  "supervised",
  "unsupervised",
  "reinforcement-learning",
  "semi-supervised",
  "self-supervised",
]);
const PARAMETERS = ["task", "architectureFamily", "modelArchitecture"] as const;
const LISTS = ["users", "useCases", "technicalLimitations", "performanceTradeoffs"] as const;
const CARD_TAGS = new Set<string>(["approach", "ethicalConsiderations", ...PARAMETERS, ...LISTS]);

export function buildBom(system: ExportSystem, models: ExportModel[], datasets: ExportDataset[], now = new Date()) {
  const datasetRef = new Map(datasets.map((d) => [d.name, `dataset-${d.id}`]));
  const modelComponents = models.flatMap((m) =>
    m.versions.length === 0
      ? [
          {
            type: "machine-learning-model",
            "bom-ref": `model-${m.id}`,
            name: m.name,
            ...text("description", m.description),
          },
        ]
      : m.versions.map((v) => modelComponent(m, v, datasetRef)),
  );
  return {
    $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
      tools: { components: [{ type: "application", name: "Actlas" }] },
      component: {
        type: "application",
        "bom-ref": `system-${system.id}`,
        name: system.name,
        ...text("description", system.description),
      },
    },
    components: [
      ...modelComponents,
      ...datasets.map((d) => ({
        type: "data",
        "bom-ref": `dataset-${d.id}`,
        name: d.name,
        ...text("description", d.description),
        data: [{ type: "dataset", name: d.name, ...(d.uri ? { contents: { url: d.uri } } : {}) }],
      })),
    ],
    dependencies: [
      {
        ref: `system-${system.id}`,
        dependsOn: [...modelComponents.map((c) => c["bom-ref"]), ...datasets.map((d) => `dataset-${d.id}`)],
      },
    ],
  };
}

function modelComponent(model: ExportModel, v: ExportVersion, datasetRef: Map<string, string>) {
  const t = v.tags;
  const approach = t.approach && APPROACHES.has(t.approach) ? { approach: { type: t.approach } } : {};
  const parameters = {
    ...approach,
    ...Object.fromEntries(PARAMETERS.filter((k) => t[k]).map((k) => [k, t[k]])),
    ...(v.datasetRefs.length > 0
      ? {
          datasets: v.datasetRefs.map((name) => {
            const ref = datasetRef.get(name);
            return ref ? { ref } : { type: "dataset", name };
          }),
        }
      : {}),
  };
  const metrics = [
    ...Object.entries(v.metrics).map(([type, value]) => ({ type, value: String(value) })),
    ...Object.entries(t)
      .filter(([k]) => k.startsWith("metric: "))
      .map(([k, value]) => ({ type: k.slice("metric: ".length), value })),
  ];
  const considerations = {
    ...Object.fromEntries(LISTS.filter((k) => t[k]).map((k) => [k, t[k]!.split("; ")])),
    ...(t.ethicalConsiderations
      ? {
          ethicalConsiderations: t.ethicalConsiderations.split("; ").map((r) => {
            const [name = r, mitigationStrategy] = r.split(" → ");
            return { name, ...(mitigationStrategy ? { mitigationStrategy } : {}) };
          }),
        }
      : {}),
  };
  const properties = Object.entries(t)
    .filter(([k]) => !CARD_TAGS.has(k) && !k.startsWith("metric: "))
    .map(([k, value]) => ({ name: `${TAG_PROPERTY}${k}`, value }));
  return {
    type: "machine-learning-model",
    "bom-ref": `model-version-${v.id}`,
    name: model.name,
    ...(v.version !== UNVERSIONED ? { version: v.version } : {}),
    ...text("description", model.description),
    modelCard: {
      ...(Object.keys(parameters).length > 0 ? { modelParameters: parameters } : {}),
      ...(metrics.length > 0 ? { quantitativeAnalysis: { performanceMetrics: metrics } } : {}),
      ...(Object.keys(considerations).length > 0 ? { considerations } : {}),
    },
    ...(properties.length > 0 ? { properties } : {}),
  };
}

const text = (key: string, value: string) => (value ? { [key]: value } : {});
