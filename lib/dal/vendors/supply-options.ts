import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";

// A select can only hold so many: the first systems and models by name that the vendor does not supply yet.
const OPTION_LIMIT = 500;

export async function vendorSupplyOptions(actor: Actor, vendorId: string) {
  const member = await authorize(actor, "evidence.write");
  const organizationId = member.organizationId;
  const [linkedSystems, linkedModels] = await Promise.all([
    db().vendorSystem.findMany({ where: { vendorId, organizationId }, select: { systemId: true } }),
    db().vendorModel.findMany({ where: { vendorId, organizationId }, select: { modelId: true } }),
  ]);
  const page = { select: { id: true, name: true }, orderBy: { name: "asc" as const }, take: OPTION_LIMIT };
  const [systems, models] = await Promise.all([
    db().aiSystem.findMany({
      where: { organizationId, id: { notIn: linkedSystems.map((s) => s.systemId) } },
      ...page,
    }),
    db().aiModel.findMany({ where: { organizationId, id: { notIn: linkedModels.map((m) => m.modelId) } }, ...page }),
  ]);
  return { systems, models };
}
