import "server-only";
import type { Member } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/client";
import type { MappedBom } from "@/lib/bom/mapping";
import { writeAudit } from "@/lib/dal/core/audit";
import { mergeVersion, type Existing, type TargetSystem } from "./plan";

// Writes what diffOf() listed, inside the caller's transaction; every row carries the member's organisation, and every
// id written was read in that organisation (readExisting) or created here.
export async function applyBom(tx: Tx, member: Member, mapped: MappedBom, system: TargetSystem, existing: Existing) {
  const { organizationId } = member;
  const systemId = system.id ?? (await createSystem(tx, member, system));
  const modelIds: string[] = [];
  for (const model of mapped.models) {
    const stored = existing.models.get(model.name);
    let modelId = stored?.id;
    if (!modelId) {
      ({ id: modelId } = await tx.aiModel.create({
        data: { organizationId, name: model.name, description: model.description },
        select: { id: true },
      }));
    } else if (model.description && model.description !== stored?.description) {
      await tx.aiModel.updateMany({ where: { id: modelId, organizationId }, data: { description: model.description } });
    }
    modelIds.push(modelId);
    for (const v of model.versions) {
      const sv = stored?.versions.get(v.version);
      if (!sv) {
        await tx.modelVersion.create({
          data: {
            organizationId,
            modelId,
            version: v.version,
            metrics: v.metrics,
            tags: v.tags,
            datasetRefs: v.datasetRefs,
          },
          select: { id: true },
        });
        continue;
      }
      const merged = mergeVersion(sv, v);
      if (merged.changed)
        await tx.modelVersion.updateMany({
          where: { id: sv.id, organizationId },
          data: { metrics: merged.metrics, tags: merged.tags, datasetRefs: merged.datasetRefs },
        });
    }
  }
  const datasetIds: string[] = [];
  for (const d of mapped.datasets) {
    const stored = existing.datasets.get(d.name);
    if (!stored) {
      const { id } = await tx.dataset.create({ data: { organizationId, ...d }, select: { id: true } });
      datasetIds.push(id);
      continue;
    }
    datasetIds.push(stored.id);
    const data = {
      ...(d.description && d.description !== stored.description ? { description: d.description } : {}),
      ...(d.uri && d.uri !== stored.uri ? { uri: d.uri } : {}),
    };
    if (Object.keys(data).length > 0) await tx.dataset.updateMany({ where: { id: stored.id, organizationId }, data });
  }
  await tx.aiSystemModel.createMany({
    data: modelIds.map((modelId) => ({ organizationId, systemId, modelId })),
    skipDuplicates: true,
  });
  await tx.aiSystemDataset.createMany({
    data: datasetIds.map((datasetId) => ({ organizationId, systemId, datasetId })),
    skipDuplicates: true,
  });
  return systemId;
}

async function createSystem(tx: Tx, member: Member, system: TargetSystem): Promise<string> {
  const { id } = await tx.aiSystem.create({
    data: {
      organizationId: member.organizationId,
      name: system.name,
      description: system.description,
      updatedById: member.userId,
    },
    select: { id: true },
  });
  await writeAudit(tx, member, {
    action: "system.created",
    entityType: "AiSystem",
    entityId: id,
    systemId: id,
    after: { name: system.name, description: system.description, via: "bill of materials", version: 1 },
  });
  return id;
}
