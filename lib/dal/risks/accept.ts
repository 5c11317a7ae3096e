import "server-only";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { BAND_LABELS, currentRating, needsPrivilegedAcceptance, riskBand } from "@/lib/risks/score";
import { MIN_ACCEPTANCE_JUSTIFICATION, type AcceptRiskInput } from "@/lib/validations/risks";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { riskConflict } from "./internal/checks";

// Accepting a risk records who decided to live with it, when and why. A high or critical residual risk may be
// accepted only by a role with risk.accept and with a written justification; the audit event carries both, in the
// organisation's hash-chained trail.
export async function acceptRisk(actor: Actor, input: AcceptRiskInput): Promise<{ version: number }> {
  const member = await authorize(actor, "risk.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const risk = await tx.risk.findFirst({ where: { id: input.riskId, organizationId } });
    if (!risk) throw notFound("risk");
    const rating = currentRating(risk);
    const band = riskBand(rating.likelihood, rating.impact);
    if (needsPrivilegedAcceptance(band)) {
      // A token has no role; only people with the role may take this decision.
      if (!member.role || !can(member.role, "risk.accept")) {
        throw new AppError(
          "FORBIDDEN",
          `This risk is ${BAND_LABELS[band].toLowerCase()}: only an administrator, compliance officer or legal may accept it.`,
        );
      }
      if (input.justification.length < MIN_ACCEPTANCE_JUSTIFICATION) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          fieldErrors: {
            justification: [
              `Explain why this ${BAND_LABELS[band].toLowerCase()} risk is acceptable (at least ${MIN_ACCEPTANCE_JUSTIFICATION} characters); auditors will read it.`,
            ],
          },
        });
      }
    }
    const acceptedAt = new Date();
    const data = {
      treatment: "ACCEPT" as const,
      status: "TREATED" as const,
      acceptanceJustification: input.justification,
      acceptedById: member.userId,
      acceptedByLabel: member.actorLabel,
      acceptedAt,
    };
    const { count } = await tx.risk.updateMany({
      where: { id: risk.id, organizationId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw await riskConflict(tx, organizationId, risk.id);
    await writeAudit(tx, member, {
      action: "risk.accepted",
      entityType: "Risk",
      entityId: risk.id,
      systemId: risk.systemId,
      before: { treatment: risk.treatment, status: risk.status },
      after: {
        treatment: data.treatment,
        status: data.status,
        band,
        residual: rating.residual,
        likelihood: rating.likelihood,
        impact: rating.impact,
        justification: input.justification,
        acceptedBy: member.actorLabel,
      },
    });
    return { version: input.version + 1 };
  });
}
