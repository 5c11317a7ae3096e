import "server-only";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/dal/core/not-found";

export type RiskOrigin = { incidentId: string | null; monitoringEventId: string | null };

// A risk opened from an incident or a monitoring breach names it only if it is one of the same organisation and the
// same system (and, for an event, a breach): any other id reads as unknown, as a foreign id does everywhere. The
// composite foreign keys refuse another organisation's row again in the database.
export async function checkRiskOrigin(
  tx: Tx,
  organizationId: string,
  systemId: string,
  origin: RiskOrigin,
): Promise<RiskOrigin> {
  if (origin.incidentId) {
    const incident = await tx.incident.findFirst({
      where: { id: origin.incidentId, organizationId, systemId },
      select: { id: true },
    });
    if (!incident) throw notFound("incident");
  }
  if (origin.monitoringEventId) {
    const event = await tx.monitoringEvent.findFirst({
      where: { id: origin.monitoringEventId, organizationId, systemId, breached: true },
      select: { id: true },
    });
    if (!event) throw notFound("monitoring breach");
  }
  return { incidentId: origin.incidentId, monitoringEventId: origin.monitoringEventId };
}
