import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { authorize } from "./authorize";

const detailSelect = {
  id: true, name: true, description: true, intendedPurpose: true, businessUnit: true, vendor: true, sourcing: true,
  lifecycleStage: true, placedOnMarketAt: true, memberStates: true, outputUsedInEu: true, affectedPersons: true,
  affectedPersonsNote: true, automationLevel: true, humanOversight: true, dataCategories: true, isDraft: true,
  version: true, tier: true, disposition: true, roles: true, classifiedAt: true, createdAt: true, updatedAt: true,
  owner: { select: { name: true, email: true } },
  models: { select: { model: { select: { id: true, name: true, registryName: true, versions: { select: { version: true, stage: true }, orderBy: { createdAt: "desc" } } } } } },
  datasets: { select: { dataset: { select: { id: true, name: true, description: true, uri: true } } } },
} satisfies Prisma.AiSystemSelect;

export type SystemDetailDTO = Prisma.AiSystemGetPayload<{ select: typeof detailSelect }>;

// The organisation filter is part of the lookup, so another organisation's id is simply "not found".
// Cached per request: the system layout and the tab page both ask for it.
export const getSystem = cache(async (actor: Actor, id: string): Promise<SystemDetailDTO> => {
  const member = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({ where: { id, organizationId: member.organizationId }, select: detailSelect });
  if (!system) throw new AppError("NOT_FOUND", "This AI system does not exist or belongs to another organisation.");
  return system;
});
