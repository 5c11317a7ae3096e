import "server-only";
import type { Member } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/client";
import type { TSystemIntake } from "@/lib/validations/system";

// Models and datasets linked to an AI system. These helpers run inside the caller's transaction, after the caller
// has authorised `member` and confirmed that `systemId` belongs to member.organizationId.

export type ModelLink = TSystemIntake["models"][number];
export type DatasetLink = TSystemIntake["datasets"][number];
export type LinksSnapshot = { models: ModelLink[]; datasets: DatasetLink[] };

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

export async function readSystemLinks(tx: Tx, member: Member, systemId: string): Promise<LinksSnapshot> {
  const scope = { systemId, system: { organizationId: member.organizationId } };
  const [models, datasets] = await Promise.all([
    tx.aiSystemModel.findMany({
      where: scope,
      select: {
        model: {
          select: {
            name: true,
            registryName: true,
            versions: { select: { version: true, stage: true }, orderBy: { createdAt: "asc" } },
          },
        },
      },
    }),
    tx.aiSystemDataset.findMany({
      where: scope,
      select: { dataset: { select: { name: true, description: true, uri: true } } },
    }),
  ]);
  return {
    models: models.map(({ model }) => ({ ...model, registryName: model.registryName ?? "" })).sort(byName),
    datasets: datasets.map(({ dataset }) => dataset).sort(byName),
  };
}

// Models are the organisation's records, shared by every system that links them (matched by name). Saving a system
// sets each listed model's registry name and version list to what the form shows, and links exactly those models.
export async function syncSystemModels(tx: Tx, member: Member, systemId: string, models: ModelLink[]): Promise<void> {
  const { organizationId } = member;
  const modelIds: string[] = [];
  for (const row of models) {
    const model = await tx.aiModel.upsert({
      where: { organizationId_name: { organizationId, name: row.name } },
      create: { organizationId, name: row.name, registryName: row.registryName || null },
      update: { registryName: row.registryName || null },
      select: { id: true },
    });
    modelIds.push(model.id);
    await tx.modelVersion.deleteMany({
      where: { modelId: model.id, version: { notIn: row.versions.map((v) => v.version) } },
    });
    for (const { version, stage } of row.versions) {
      await tx.modelVersion.upsert({
        where: { modelId_version: { modelId: model.id, version } },
        create: { organizationId, modelId: model.id, version, stage },
        update: { stage },
      });
    }
  }
  await tx.aiSystemModel.deleteMany({ where: { systemId, modelId: { notIn: modelIds } } });
  await tx.aiSystemModel.createMany({
    data: modelIds.map((modelId) => ({ organizationId, systemId, modelId })),
    skipDuplicates: true,
  });
}

// Datasets are matched by name too; removing one from a system only unlinks it, since other systems may use it.
export async function syncSystemDatasets(
  tx: Tx,
  member: Member,
  systemId: string,
  datasets: DatasetLink[],
): Promise<void> {
  const { organizationId } = member;
  const datasetIds: string[] = [];
  for (const row of datasets) {
    const dataset = await tx.dataset.upsert({
      where: { organizationId_name: { organizationId, name: row.name } },
      create: { organizationId, ...row },
      update: { description: row.description, uri: row.uri },
      select: { id: true },
    });
    datasetIds.push(dataset.id);
  }
  await tx.aiSystemDataset.deleteMany({ where: { systemId, datasetId: { notIn: datasetIds } } });
  await tx.aiSystemDataset.createMany({
    data: datasetIds.map((datasetId) => ({ organizationId, systemId, datasetId })),
    skipDuplicates: true,
  });
}

// A stable order, so that the audit diff only reports real changes and not a different listing order.
export function normaliseLinks(links: LinksSnapshot): LinksSnapshot {
  return {
    models: links.models
      .map((m) => ({
        ...m,
        versions: [...m.versions].sort((a, b) => a.version.localeCompare(b.version, "en", { numeric: true })),
      }))
      .sort(byName),
    datasets: [...links.datasets].sort(byName),
  };
}
