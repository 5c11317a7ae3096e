import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { riskBand, SCALE, type RiskBand } from "@/lib/risks/score";
import type { RiskStatusCode } from "@/lib/validations/risks";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { RISK_SELECT, toRiskDTO, type RiskDTO } from "./internal/risk-dto";

export async function getRisk(actor: Actor, riskId: string): Promise<RiskDTO> {
  const { organizationId } = await authorize(actor, "system.read");
  const row = await db().risk.findFirst({ where: { id: riskId, organizationId }, select: RISK_SELECT });
  if (!row) throw notFound("risk");
  return toRiskDTO(row);
}

// The band is of the current rating (residual where both parts are set, else inherent), as the heat map shows it.
// A score is a product, which Prisma cannot filter on, so the band becomes the list of its grid cells.
function bandWhere(band: RiskBand): Prisma.RiskWhereInput {
  const cells = SCALE.flatMap((l) => SCALE.filter((i) => riskBand(l, i) === band).map((i) => [l, i] as const));
  return {
    OR: cells.flatMap(([likelihood, impact]) => [
      { residualLikelihood: likelihood, residualImpact: impact },
      { residualLikelihood: null, likelihood, impact },
      { residualImpact: null, likelihood, impact },
    ]),
  };
}

export type RiskPageQuery = { status?: RiskStatusCode; band?: RiskBand; page: number; pageSize: number };

export async function listRisksPage(
  actor: Actor,
  systemId: string,
  query: RiskPageQuery,
): Promise<{ items: RiskDTO[]; total: number }> {
  const { organizationId } = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({ where: { id: systemId, organizationId }, select: { id: true } });
  if (!system) throw notFound("AI system");
  const where: Prisma.RiskWhereInput = {
    systemId,
    organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.band ? bandWhere(query.band) : {}),
  };
  const [rows, total] = await Promise.all([
    db().risk.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: RISK_SELECT,
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db().risk.count({ where }),
  ]);
  return { items: rows.map(toRiskDTO), total };
}
