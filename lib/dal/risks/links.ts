import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { TRiskObligationLink } from "@/lib/validations/risks";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

// A mitigation carried out as an obligation's work: the obligation must belong to the risk's own system, so the
// register never points at another system's (or organisation's) duty.
export async function linkRiskObligation(actor: Actor, input: TRiskObligationLink): Promise<null> {
  const member = await authorize(actor, "risk.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const risk = await tx.risk.findFirst({
      where: { id: input.riskId, organizationId },
      select: { id: true, systemId: true },
    });
    if (!risk) throw notFound("risk");
    const obligation = await tx.obligation.findFirst({
      where: { id: input.obligationId, organizationId, systemId: risk.systemId },
      select: { id: true, article: true, title: true },
    });
    if (!obligation) throw notFound("obligation");
    const created = await tx.riskObligationLink.createMany({
      data: [{ organizationId, riskId: risk.id, obligationId: obligation.id }],
      skipDuplicates: true,
    });
    if (created.count > 0)
      await writeAudit(tx, member, {
        action: "risk.obligation_linked",
        entityType: "Risk",
        entityId: risk.id,
        systemId: risk.systemId,
        after: { obligationId: obligation.id, obligation: `${obligation.article} ${obligation.title}` },
      });
    return null;
  });
}

export async function unlinkRiskObligation(actor: Actor, input: TRiskObligationLink): Promise<null> {
  const member = await authorize(actor, "risk.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const risk = await tx.risk.findFirst({
      where: { id: input.riskId, organizationId },
      select: { id: true, systemId: true },
    });
    if (!risk) throw notFound("risk");
    const { count } = await tx.riskObligationLink.deleteMany({
      where: { organizationId, riskId: risk.id, obligationId: input.obligationId },
    });
    if (count > 0)
      await writeAudit(tx, member, {
        action: "risk.obligation_unlinked",
        entityType: "Risk",
        entityId: risk.id,
        systemId: risk.systemId,
        before: { obligationId: input.obligationId },
      });
    return null;
  });
}
