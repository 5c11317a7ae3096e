import "server-only";
import type { Member } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/client";
import type { BomModel, MappedBom } from "@/lib/bom/mapping";
import type { BomChange, BomDiff } from "@/lib/bom/diff";
import { AppError } from "@/lib/errors";

// Stored rows the BOM is compared with, all read inside the caller's organisation (names match only there).
export type Existing = {
  models: Map<string, { id: string; description: string; versions: Map<string, StoredVersion> }>;
  datasets: Map<string, { id: string; description: string; uri: string }>;
  linkedModels: Set<string>;
  linkedDatasets: Set<string>;
};
export type StoredVersion = {
  id: string;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  datasetRefs: string[];
};
export type TargetSystem = { id: string | null; name: string; description: string };

const fieldError = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { systemId: [message] } });

// The system the BOM describes: the one the user chose, else the organisation's only system of the application's name,
// else a new one. Two systems of that name are not guessed between.
export async function targetSystem(
  tx: Tx,
  member: Member,
  mapped: MappedBom,
  systemId?: string,
): Promise<TargetSystem> {
  const { organizationId } = member;
  if (systemId) {
    const chosen = await tx.aiSystem.findFirst({
      where: { id: systemId, organizationId },
      select: { id: true, name: true },
    });
    if (!chosen)
      throw new AppError("NOT_FOUND", "This AI system does not exist.", {
        fieldErrors: { systemId: ["Choose one of your AI systems."] },
      });
    return { ...chosen, description: "" };
  }
  if (!mapped.system)
    throw fieldError(
      "The file names no application (CycloneDX metadata.component, or an SPDX root software_Package): choose the AI system it describes.",
    );
  const named = await tx.aiSystem.findMany({
    where: { organizationId, name: mapped.system.name },
    select: { id: true },
    take: 2,
  });
  if (named.length > 1)
    throw fieldError(`Several AI systems are named “${mapped.system.name}”: choose the one this file describes.`);
  return { id: named[0]?.id ?? null, ...mapped.system };
}

export async function readExisting(
  tx: Tx,
  member: Member,
  mapped: MappedBom,
  systemId: string | null,
): Promise<Existing> {
  const { organizationId } = member;
  const [models, datasets, links, dataLinks] = await Promise.all([
    tx.aiModel.findMany({
      where: { organizationId, name: { in: mapped.models.map((m) => m.name) } },
      select: {
        id: true,
        name: true,
        description: true,
        versions: { select: { id: true, version: true, metrics: true, tags: true, datasetRefs: true } },
      },
    }),
    tx.dataset.findMany({
      where: { organizationId, name: { in: mapped.datasets.map((d) => d.name) } },
      select: { id: true, name: true, description: true, uri: true },
    }),
    systemId
      ? tx.aiSystemModel.findMany({
          where: { organizationId, systemId },
          select: { model: { select: { name: true } } },
        })
      : [],
    systemId
      ? tx.aiSystemDataset.findMany({
          where: { organizationId, systemId },
          select: { dataset: { select: { name: true } } },
        })
      : [],
  ]);
  return {
    models: new Map(
      models.map((m) => [
        m.name,
        {
          id: m.id,
          description: m.description,
          versions: new Map(
            m.versions.map((v) => [
              v.version,
              {
                id: v.id,
                metrics: record<number>(v.metrics, "number"),
                tags: record<string>(v.tags, "string"),
                datasetRefs: v.datasetRefs,
              },
            ]),
          ),
        },
      ]),
    ),
    datasets: new Map(datasets.map((d) => [d.name, d])),
    linkedModels: new Set(links.map((l) => l.model.name)),
    linkedDatasets: new Set(dataLinks.map((l) => l.dataset.name)),
  };
}

// What applying would do. Updates only add: a description the file fills in, tags and metrics merged over the stored
// ones, dataset references joined; nothing stored is removed by an import.
export function diffOf(mapped: MappedBom, system: TargetSystem, existing: Existing): BomDiff {
  const models: BomChange[] = [];
  const versions: BomChange[] = [];
  for (const model of mapped.models) {
    const stored = existing.models.get(model.name);
    models.push({
      name: model.name,
      action: !stored ? "create" : modelChanged(model, stored.description) ? "update" : "unchanged",
    });
    for (const v of model.versions) {
      const sv = stored?.versions.get(v.version);
      const merged = sv ? mergeVersion(sv, v) : null;
      const action = !sv ? "create" : merged!.changed ? "update" : "unchanged";
      versions.push({ name: `${model.name} ${v.version}`, action });
    }
  }
  const datasets: BomChange[] = mapped.datasets.map((d) => {
    const stored = existing.datasets.get(d.name);
    const changed =
      stored && ((d.description && d.description !== stored.description) || (d.uri && d.uri !== stored.uri));
    return { name: d.name, action: !stored ? "create" : changed ? "update" : "unchanged" };
  });
  const links: BomChange[] = [
    ...mapped.models.map(
      (m) => ({ name: `model ${m.name}`, action: existing.linkedModels.has(m.name) ? "unchanged" : "create" }) as const,
    ),
    ...mapped.datasets.map(
      (d) =>
        ({ name: `dataset ${d.name}`, action: existing.linkedDatasets.has(d.name) ? "unchanged" : "create" }) as const,
    ),
  ];
  return {
    system: { id: system.id, name: system.name, action: system.id ? "unchanged" : "create" },
    models,
    versions,
    datasets,
    links,
  };
}

const modelChanged = (model: BomModel, stored: string) => !!model.description && model.description !== stored;

export function mergeVersion(stored: StoredVersion, incoming: BomModel["versions"][number]) {
  const metrics = { ...stored.metrics, ...incoming.metrics };
  const tags = { ...stored.tags, ...incoming.tags };
  const datasetRefs = [...new Set([...stored.datasetRefs, ...incoming.datasetRefs])];
  const changed =
    JSON.stringify(sorted(metrics)) !== JSON.stringify(sorted(stored.metrics)) ||
    JSON.stringify(sorted(tags)) !== JSON.stringify(sorted(stored.tags)) ||
    datasetRefs.length !== stored.datasetRefs.length;
  return { metrics, tags, datasetRefs, changed };
}

const sorted = (o: Record<string, unknown>) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function record<T extends string | number>(value: unknown, kind: "string" | "number"): Record<string, T> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, T] => typeof e[1] === kind));
}
