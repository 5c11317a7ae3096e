import { db } from "@/lib/db/client";
import { createRegistryConnection } from "@/lib/dal/integrations/registry-sync";
import type { UserActor } from "@/lib/access/actor";
import type { TCreateRegistryConnection } from "@/lib/validations/registry";

// The recorded registry (tests/fixtures/mlflow) tags credit-risk-scorer with this system name.
export const TAGGED_SYSTEM = "Retail credit scoring (ScoreOne)";
export const STUB_TOKEN = "mlflow-test-token";

export async function connectTo(admin: UserActor, url: string, extra: Partial<TCreateRegistryConnection> = {}) {
  return createRegistryConnection(admin, {
    name: "Production MLflow",
    baseUrl: url,
    authToken: STUB_TOKEN,
    syncInterval: "manual",
    ...extra,
  });
}

// Everything a sync writes for one organisation, in a stable order, to compare before and after.
export async function registryState(organizationId: string) {
  const models = await db().aiModel.findMany({
    where: { organizationId },
    orderBy: { name: "asc" },
    select: {
      name: true,
      description: true,
      registryName: true,
      tags: true,
      systems: { select: { systemId: true } },
      versions: {
        orderBy: { version: "asc" },
        select: { version: true, stage: true, metrics: true, datasetRefs: true, tags: true, registryRunId: true },
      },
    },
  });
  return models;
}

export async function versionsOf(organizationId: string, modelName: string) {
  const rows = await db().modelVersion.findMany({
    where: { model: { organizationId, name: modelName } },
    select: { version: true, stage: true, tags: true, metrics: true },
  });
  return new Map(rows.map((r) => [r.version, r]));
}
