import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import {
  ZRegisterModel,
  ZRegisterModelVersion,
  ZUpdateModelVersion,
  type TRegisterModel,
  type TRegisterModelVersion,
  type TUpdateModelVersion,
} from "@/lib/validations/models";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

// Models are the organisation's records, shared by every AI system that links them; a version carries what the
// registry knows about it (stage, metrics, the datasets behind it). Linking does not change the system's intake
// revision: models are not classification answers, so a new version does not make a classification stale.

const versionSelect = {
  id: true,
  version: true,
  stage: true,
  metrics: true,
  datasetRefs: true,
  tags: true,
  registryRunId: true,
  syncedAt: true,
  createdAt: true,
} satisfies Prisma.ModelVersionSelect;
const modelSelect = {
  id: true,
  name: true,
  description: true,
  registryName: true,
  tags: true,
  createdAt: true,
  updatedAt: true,
  versions: { select: versionSelect, orderBy: { createdAt: "desc" } },
  systems: { select: { system: { select: { id: true, name: true } } } },
} satisfies Prisma.AiModelSelect;

type ModelRow = Prisma.AiModelGetPayload<{ select: typeof modelSelect }>;
export type ModelDTO = Omit<ModelRow, "systems"> & { systems: { id: string; name: string }[] };
export type ModelVersionDTO = Prisma.ModelVersionGetPayload<{ select: typeof versionSelect }>;

const toDTO = ({ systems, ...model }: ModelRow): ModelDTO => ({ ...model, systems: systems.map((s) => s.system) });
const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export async function listModels(
  actor: Actor,
  page: { page: number; pageSize: number },
): Promise<{ rows: ModelDTO[]; total: number }> {
  const member = await authorize(actor, "system.read");
  const where = { organizationId: member.organizationId };
  const [rows, total] = await Promise.all([
    db().aiModel.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: modelSelect,
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    db().aiModel.count({ where }),
  ]);
  return { rows: rows.map(toDTO), total };
}

export async function getModel(actor: Actor, modelId: string): Promise<ModelDTO> {
  const member = await authorize(actor, "system.read");
  const row = await db().aiModel.findFirst({
    where: { id: modelId, organizationId: member.organizationId },
    select: modelSelect,
  });
  if (!row) throw notFound("model");
  return toDTO(row);
}

export async function registerModel(actor: Actor, raw: TRegisterModel): Promise<{ id: string }> {
  const member = await authorize(actor, "system.write");
  const input = ZRegisterModel.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const data = { ...input, registryName: input.registryName ?? null };
      const { id } = await tx.aiModel.create({
        data: { organizationId: member.organizationId, ...data },
        select: { id: true },
      });
      await writeAudit(tx, member, { action: "model.registered", entityType: "AiModel", entityId: id, after: data });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `A model named “${input.name}” is already registered.`, {
        fieldErrors: { name: ["This name is taken."] },
      });
    throw error;
  }
}

async function requireModel(tx: Tx, member: Member, modelId: string): Promise<void> {
  const found = await tx.aiModel.findFirst({
    where: { id: modelId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!found) throw notFound("model");
}

export async function registerModelVersion(
  actor: Actor,
  modelId: string,
  raw: TRegisterModelVersion,
): Promise<ModelVersionDTO> {
  const member = await authorize(actor, "system.write");
  const input = ZRegisterModelVersion.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      await requireModel(tx, member, modelId);
      const row = await tx.modelVersion.create({
        data: {
          organizationId: member.organizationId,
          modelId,
          ...input,
          registryRunId: input.registryRunId ?? null,
          syncedAt: new Date(),
        },
        select: versionSelect,
      });
      await writeAudit(tx, member, {
        action: "model.version_registered",
        entityType: "ModelVersion",
        entityId: row.id,
        after: { modelId, ...input },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `Version ${input.version} of this model is already registered.`, {
        fieldErrors: { version: ["This version exists."] },
      });
    throw error;
  }
}

export async function updateModelVersion(
  actor: Actor,
  modelId: string,
  version: string,
  raw: TUpdateModelVersion,
): Promise<ModelVersionDTO> {
  const member = await authorize(actor, "system.write");
  const input = ZUpdateModelVersion.parse(raw);
  return db().$transaction(async (tx) => {
    await requireModel(tx, member, modelId);
    // Row lock: two pipelines attaching metrics at once both keep their values.
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "ModelVersion" WHERE "modelId" = ${modelId} AND version = ${version} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "This model version does not exist.");
    const before = await tx.modelVersion.findUniqueOrThrow({ where: { id: locked.id }, select: versionSelect });
    const data = {
      stage: input.stage ?? before.stage,
      metrics: { ...(before.metrics as Record<string, number>), ...input.metrics },
      tags: { ...(before.tags as Record<string, string>), ...input.tags },
      datasetRefs: [...new Set([...before.datasetRefs, ...(input.datasetRefs ?? [])])],
    };
    const after = await tx.modelVersion.update({
      where: { id: before.id },
      data: { ...data, syncedAt: new Date() },
      select: versionSelect,
    });
    await writeAudit(tx, member, {
      action: "model.version_updated",
      entityType: "ModelVersion",
      entityId: before.id,
      before: { stage: before.stage, metrics: before.metrics, tags: before.tags, datasetRefs: before.datasetRefs },
      after: data,
    });
    return after;
  });
}

// Linking is idempotent: linking twice or unlinking what is not linked succeeds and changes nothing.
export async function setSystemModelLink(
  actor: Actor,
  input: { systemId: string; modelId: string; linked: boolean },
): Promise<void> {
  const member = await authorize(actor, "system.write");
  await db().$transaction(async (tx) => {
    const system = await tx.aiSystem.findFirst({
      where: { id: input.systemId, organizationId: member.organizationId },
      select: { id: true },
    });
    if (!system) throw notFound("AI system");
    await requireModel(tx, member, input.modelId);
    const key = { systemId: input.systemId, modelId: input.modelId };
    const changed = input.linked
      ? (
          await tx.aiSystemModel.createMany({
            data: [{ ...key, organizationId: member.organizationId }],
            skipDuplicates: true,
          })
        ).count
      : (await tx.aiSystemModel.deleteMany({ where: { ...key, organizationId: member.organizationId } })).count;
    if (changed === 0) return;
    await writeAudit(tx, member, {
      action: input.linked ? "model.linked" : "model.unlinked",
      entityType: "AiModel",
      entityId: input.modelId,
      systemId: input.systemId,
      after: key,
    });
  });
}
