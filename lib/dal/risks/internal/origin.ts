import "server-only";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/dal/core/not-found";
import { breachOrigin, breachRef, incidentOrigin, incidentRef, type RiskOriginRef } from "@/lib/risks/origin";

export type RiskOrigin = { incidentId: string | null; monitoringEventId: string | null };
/** The event checked, with the words that name it ("incident INC-0007: …") and as data; null when none was given. */
export type CheckedRiskOrigin = RiskOrigin & { label: string | null; ref: RiskOriginRef | null };

export const BREACH_SELECT = {
  id: true,
  kind: true,
  metric: true,
  value: true,
  threshold: true,
  direction: true,
  observedAt: true,
} as const;

// A risk opened or re-scored from an incident or a monitoring breach names it only if it is one of the same
// organisation and the same system (and, for an event, a breach): any other id reads as unknown, as a foreign id does
// everywhere. The composite foreign keys and the same-system trigger refuse it again in the database.
export async function checkRiskOrigin(
  tx: Tx,
  organizationId: string,
  systemId: string,
  origin: RiskOrigin,
): Promise<CheckedRiskOrigin> {
  let label: string | null = null;
  let ref: RiskOriginRef | null = null;
  if (origin.incidentId) {
    const incident = await tx.incident.findFirst({
      where: { id: origin.incidentId, organizationId, systemId },
      select: { id: true, number: true, title: true },
    });
    if (!incident) throw notFound("incident");
    label = incidentOrigin(incident);
    ref = incidentRef(incident);
  }
  if (origin.monitoringEventId) {
    const event = await tx.monitoringEvent.findFirst({
      where: { id: origin.monitoringEventId, organizationId, systemId, breached: true },
      select: BREACH_SELECT,
    });
    if (!event) throw notFound("monitoring breach");
    label = breachOrigin(event);
    ref = breachRef(event);
  }
  return { incidentId: origin.incidentId, monitoringEventId: origin.monitoringEventId, label, ref };
}

// One row each time a risk is opened or re-scored from an event, beside the audit entry that names it.
export async function recordRiskEvent(
  tx: Tx,
  organizationId: string,
  riskId: string,
  origin: CheckedRiskOrigin,
  how: "OPENED" | "RESCORED",
): Promise<void> {
  if (!origin.incidentId && !origin.monitoringEventId) return;
  await tx.riskEventLink.create({
    data: {
      organizationId,
      riskId,
      incidentId: origin.incidentId,
      monitoringEventId: origin.monitoringEventId,
      how,
    },
  });
}
