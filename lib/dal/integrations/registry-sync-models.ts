import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { REMOVED_TAG } from "@/lib/mlflow/mapping";
import { ZModelSystemLink, ZModelSystemUnlink, type TModelSystemLink } from "@/lib/validations/registry";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";

export type ModelVersionDTO = {
  id: string;
  version: string;
  stage: string;
  metrics: Record<string, number>;
  datasetRefs: string[];
  tags: Record<string, string>;
  registryRunId: string | null;
  syncedAt: Date | null;
  removedAt: string | null;
};
export type ModelDTO = {
  id: string;
  name: string;
  description: string;
  registryName: string | null;
  connection: { id: string; name: string; baseUrl: string } | null;
  tags: Record<string, string>;
  removedAt: string | null;
  systems: { id: string; name: string }[];
  versions: ModelVersionDTO[];
};

const PAGE = 100;

// The organisation's models, synced or typed in on a system's intake, with their versions newest first.
export async function listModels(
  actor: Actor,
  filter: { q?: string } = {},
): Promise<{ models: ModelDTO[]; more: boolean }> {
  const member = await authorize(actor, "system.read");
  const q = filter.q?.trim();
  const rows = await db().aiModel.findMany({
    where: {
      organizationId: member.organizationId,
      ...(q ? { name: { contains: q, mode: "insensitive" as const } } : {}),
    },
    orderBy: { name: "asc" },
    take: PAGE + 1,
    select: {
      id: true,
      name: true,
      description: true,
      registryName: true,
      registryConnectionId: true,
      tags: true,
      systems: { select: { system: { select: { id: true, name: true } } } },
      versions: {
        select: {
          id: true,
          version: true,
          stage: true,
          metrics: true,
          datasetRefs: true,
          tags: true,
          registryRunId: true,
          syncedAt: true,
        },
      },
    },
  });
  const connectionIds = [...new Set(rows.map((r) => r.registryConnectionId).filter((id): id is string => !!id))];
  const connections = await db().registryConnection.findMany({
    where: { organizationId: member.organizationId, id: { in: connectionIds } },
    select: { id: true, name: true, baseUrl: true },
  });
  const connectionOf = new Map(connections.map((c) => [c.id, c]));
  const models = rows.slice(0, PAGE).map((r) => {
    const tags = asStrings(r.tags);
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      registryName: r.registryName,
      connection: (r.registryConnectionId && connectionOf.get(r.registryConnectionId)) || null,
      tags: withoutMarker(tags),
      removedAt: tags[REMOVED_TAG] ?? null,
      systems: r.systems.map((s) => s.system).sort((a, b) => a.name.localeCompare(b.name)),
      versions: r.versions
        .map((v) => {
          const vTags = asStrings(v.tags);
          return {
            ...v,
            metrics: asNumbers(v.metrics),
            tags: withoutMarker(vTags),
            removedAt: vTags[REMOVED_TAG] ?? null,
          };
        })
        .sort((a, b) => b.version.localeCompare(a.version, "en", { numeric: true })),
    };
  });
  return { models, more: rows.length > PAGE };
}

export async function linkModelToSystem(actor: Actor, raw: TModelSystemLink): Promise<{ systemId: string }> {
  const member = await authorize(actor, "system.write");
  const input = ZModelSystemLink.parse(raw);
  return db().$transaction(async (tx) => {
    const model = await findModel(tx, member, input.modelId);
    const system = await findSystem(tx, member, input.system);
    const { count } = await tx.aiSystemModel.createMany({
      data: [{ organizationId: member.organizationId, systemId: system.id, modelId: model.id }],
      skipDuplicates: true,
    });
    if (count === 0)
      throw new AppError("VALIDATION", `${model.name} is already linked to ${system.name}.`, {
        fieldErrors: { system: [`Already linked to ${system.name}.`] },
      });
    await writeAudit(tx, member, {
      action: "system.model_linked",
      entityType: "AiModel",
      entityId: model.id,
      systemId: system.id,
      after: { model: model.name, system: system.name, via: "manual" },
    });
    return { systemId: system.id };
  });
}

export async function unlinkModelFromSystem(actor: Actor, raw: { modelId: string; systemId: string }): Promise<void> {
  const member = await authorize(actor, "system.write");
  const input = ZModelSystemUnlink.parse(raw);
  await db().$transaction(async (tx) => {
    const model = await findModel(tx, member, input.modelId);
    const { count } = await tx.aiSystemModel.deleteMany({
      where: { modelId: model.id, systemId: input.systemId, system: { organizationId: member.organizationId } },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "This model is not linked to that system.");
    await writeAudit(tx, member, {
      action: "system.model_unlinked",
      entityType: "AiModel",
      entityId: model.id,
      systemId: input.systemId,
      before: { model: model.name },
    });
  });
}

async function findModel(tx: Tx, member: Member, modelId: string) {
  const model = await tx.aiModel.findFirst({
    where: { id: modelId, organizationId: member.organizationId },
    select: { id: true, name: true },
  });
  if (!model) throw new AppError("NOT_FOUND", "This model does not exist.");
  return model;
}

// By id first, then by exact name, the same rule as the actlas.system tag in the registry.
async function findSystem(tx: Tx, member: Member, ref: string) {
  const { organizationId } = member;
  const byId = await tx.aiSystem.findFirst({ where: { id: ref, organizationId }, select: { id: true, name: true } });
  if (byId) return byId;
  const byName = await tx.aiSystem.findMany({
    where: { organizationId, name: ref },
    select: { id: true, name: true },
    take: 2,
  });
  const fail = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { system: [message] } });
  const [only, ...others] = byName;
  if (!only) throw fail(`No AI system is named “${ref}”. Use its exact name or its id.`);
  if (others.length > 0) throw fail(`Several AI systems are named “${ref}”; use the system's id instead.`);
  return only;
}

function asStrings(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}

function asNumbers(value: unknown): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === "number"));
}

function withoutMarker(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => key !== REMOVED_TAG));
}
