import "server-only";
import type { Actor } from "@/lib/access/actor";
import { buildBom } from "@/lib/bom/export";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";
import { AppError } from "@/lib/errors";

// Versions per model in an export: a model synced from a registry can hold hundreds; the newest are the ones in use.
const VERSIONS_PER_MODEL = 50;

// One system's models (each version a component) and datasets as a CycloneDX 1.6 ML-BOM; another organisation's
// system is not found.
export async function exportSystemBom(actor: Actor, systemId: string) {
  const member = await authorize(actor, "system.read");
  const { organizationId } = member;
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId },
    select: {
      id: true,
      name: true,
      description: true,
      models: {
        where: { organizationId },
        select: {
          model: {
            select: {
              id: true,
              name: true,
              description: true,
              versions: {
                orderBy: { createdAt: "desc" },
                take: VERSIONS_PER_MODEL,
                select: { id: true, version: true, metrics: true, tags: true, datasetRefs: true },
              },
            },
          },
        },
      },
      datasets: {
        where: { organizationId },
        select: { dataset: { select: { id: true, name: true, description: true, uri: true } } },
      },
    },
  });
  if (!system) throw new AppError("NOT_FOUND", "This AI system does not exist.");
  const models = system.models
    .map(({ model }) => ({
      ...model,
      versions: model.versions.map((v) => ({
        ...v,
        metrics: only<number>(v.metrics, "number"),
        tags: only<string>(v.tags, "string"),
      })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const datasets = system.datasets.map((d) => d.dataset).sort((a, b) => a.name.localeCompare(b.name));
  return { name: system.name, bom: buildBom(system, models, datasets) };
}

function only<T extends string | number>(value: unknown, kind: "string" | "number"): Record<string, T> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, T] => typeof e[1] === kind));
}
