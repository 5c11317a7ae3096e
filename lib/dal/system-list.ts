import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SystemListQuery } from "@/lib/validations/system-list";
import { authorize } from "./authorize";

const listSelect = {
  id: true, name: true, businessUnit: true, vendor: true, lifecycleStage: true, tier: true, disposition: true,
  isDraft: true, updatedAt: true, owner: { select: { name: true } },
} satisfies Prisma.AiSystemSelect;

export type SystemRowDTO = Prisma.AiSystemGetPayload<{ select: typeof listSelect }>;

export async function listSystems(actor: Actor, query: SystemListQuery): Promise<{ rows: SystemRowDTO[]; total: number }> {
  const member = await authorize(actor, "system.read");
  const where: Prisma.AiSystemWhereInput = { organizationId: member.organizationId };
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    where.OR = [{ name: contains }, { description: contains }, { vendor: contains }, { owner: { name: contains } }];
  }
  const field = query.sort.replace(/^-/, "") as "name" | "updatedAt" | "businessUnit";
  const orderBy: Prisma.AiSystemOrderByWithRelationInput[] = [{ [field]: query.sort.startsWith("-") ? "desc" : "asc" }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db().aiSystem.findMany({ where, orderBy, select: listSelect, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db().aiSystem.count({ where }),
  ]);
  return { rows, total };
}

