import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { CreateRiskInput, UpdateRiskInput } from "@/lib/validations/risks";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { assertOwnerIsMember, riskConflict } from "./internal/checks";
import { checkRiskOrigin, recordRiskEvent } from "./internal/origin";
import { changedOnly, RISK_SELECT, riskSnapshot, toRiskDTO, type RiskDTO } from "./internal/risk-dto";

export type { RiskDTO } from "./internal/risk-dto";

export type RiskFormOptions = {
  owners: { userId: string; name: string }[];
  obligations: { id: string; article: string; title: string }[];
};

export async function listRisks(actor: Actor, systemId: string): Promise<RiskDTO[]> {
  const { organizationId } = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({ where: { id: systemId, organizationId }, select: { id: true } });
  if (!system) throw notFound("AI system");
  const rows = await db().risk.findMany({
    where: { systemId, organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: RISK_SELECT,
  });
  return rows.map(toRiskDTO);
}

// Who can own a risk and which of the system's current obligations can carry its mitigation.
export async function getRiskFormOptions(actor: Actor, systemId: string): Promise<RiskFormOptions> {
  const { organizationId } = await authorize(actor, "system.read");
  const [members, obligations] = await Promise.all([
    db().membership.findMany({
      where: { organizationId },
      orderBy: { user: { name: "asc" } },
      select: { userId: true, user: { select: { name: true } } },
    }),
    db().obligation.findMany({
      where: { systemId, organizationId, obsoleteAt: null },
      orderBy: [{ article: "asc" }, { id: "asc" }],
      select: { id: true, article: true, title: true },
    }),
  ]);
  return { owners: members.map((m) => ({ userId: m.userId, name: m.user.name })), obligations };
}

// Also the rows of a CSV import (risk-import.ts), so both store the same columns.
export function dataOf(input: CreateRiskInput | UpdateRiskInput) {
  return {
    title: input.title,
    description: input.description,
    affectedPersons: input.affectedPersons,
    fundamentalRights: input.fundamentalRights,
    source: input.source,
    likelihood: input.likelihood,
    impact: input.impact,
    residualLikelihood: input.residualLikelihood,
    residualImpact: input.residualImpact,
    treatment: input.treatment,
    mitigation: input.mitigation,
    ownerId: input.ownerId,
    nextReviewDate: input.nextReviewDate ? new Date(`${input.nextReviewDate}T00:00:00Z`) : null,
    status: input.status,
  };
}

export async function createRisk(actor: Actor, input: CreateRiskInput): Promise<{ id: string }> {
  const member = await authorize(actor, "risk.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const system = await tx.aiSystem.findFirst({ where: { id: input.systemId, organizationId }, select: { id: true } });
    if (!system) throw notFound("AI system");
    await assertOwnerIsMember(tx, organizationId, input.ownerId);
    const origin = await checkRiskOrigin(tx, organizationId, system.id, input);
    const { incidentId, monitoringEventId } = origin;
    const data = dataOf(input);
    const risk = await tx.risk.create({
      data: { ...data, incidentId, monitoringEventId, organizationId, systemId: system.id },
      select: { id: true },
    });
    await recordRiskEvent(tx, organizationId, risk.id, origin, "OPENED");
    await writeAudit(tx, member, {
      action: "risk.created",
      entityType: "Risk",
      entityId: risk.id,
      systemId: system.id,
      after: { ...riskSnapshot(data), ...(origin.label ? { incidentId, monitoringEventId } : {}) },
    });
    return risk;
  });
}

// A changed rating or treatment undoes an earlier acceptance: what was accepted is no longer what is recorded. Saved
// from an incident's page or a breach, the change is a re-score from it: linked, and named in the history.
export async function updateRisk(actor: Actor, input: UpdateRiskInput): Promise<{ version: number }> {
  const member = await authorize(actor, "risk.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const current = await tx.risk.findFirst({ where: { id: input.riskId, organizationId } });
    if (!current) throw notFound("risk");
    await assertOwnerIsMember(tx, organizationId, input.ownerId);
    const origin = await checkRiskOrigin(tx, organizationId, current.systemId, input);
    const data = dataOf(input);
    const ratingChanged =
      current.residualLikelihood !== data.residualLikelihood || current.residualImpact !== data.residualImpact;
    const keepsAcceptance = current.treatment === "ACCEPT" && !ratingChanged && data.treatment === null;
    const acceptance = keepsAcceptance
      ? { treatment: "ACCEPT" as const }
      : { acceptanceJustification: "", acceptedById: null, acceptedByLabel: "", acceptedAt: null };
    const { count } = await tx.risk.updateMany({
      where: { id: current.id, organizationId, version: input.version },
      data: { ...data, ...acceptance, version: { increment: 1 } },
    });
    if (count === 0) throw await riskConflict(tx, organizationId, current.id);
    await recordRiskEvent(tx, organizationId, current.id, origin, "RESCORED");
    const before = riskSnapshot(current);
    const after = riskSnapshot({ ...data, treatment: keepsAcceptance ? "ACCEPT" : data.treatment });
    await writeAudit(tx, member, {
      action: "risk.updated",
      entityType: "Risk",
      entityId: current.id,
      systemId: current.systemId,
      before: changedOnly(before, after),
      // The English words for every reader of the trail; the reference so the history can word it in each language.
      after: {
        ...changedOnly(after, before),
        ...(origin.label ? { rescoredFrom: origin.label, rescoredFromRef: origin.ref } : {}),
      },
    });
    return { version: input.version + 1 };
  });
}
