import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

/** A risk opened or re-scored from an incident or a breach, as that incident's page or the Monitoring tab lists it. */
export type LinkedRisk = {
  riskId: string;
  systemId: string;
  title: string;
  how: "OPENED" | "RESCORED";
  at: Date;
  /** The breach, on the Monitoring tab (which lists every breach's risks together). */
  eventId: string | null;
};

const LINK_SELECT = {
  how: true,
  createdAt: true,
  monitoringEventId: true,
  risk: { select: { id: true, systemId: true, title: true } },
} as const;

type Row = {
  how: "OPENED" | "RESCORED";
  createdAt: Date;
  monitoringEventId: string | null;
  risk: { id: string; systemId: string; title: string };
};

const toLinked = (r: Row): LinkedRisk => ({
  riskId: r.risk.id,
  systemId: r.risk.systemId,
  title: r.risk.title,
  how: r.how,
  at: r.createdAt,
  eventId: r.monitoringEventId,
});

// Newest first, at most 50: an incident that moved more risks than that is read in the register.
export async function risksFromIncident(actor: Actor, incidentId: string): Promise<LinkedRisk[]> {
  const { organizationId } = await authorize(actor, "system.read");
  const incident = await db().incident.findFirst({ where: { id: incidentId, organizationId }, select: { id: true } });
  if (!incident) throw notFound("incident");
  const rows = await db().riskEventLink.findMany({
    where: { organizationId, incidentId: incident.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: LINK_SELECT,
  });
  return rows.map(toLinked);
}

/** The risks opened or re-scored from any monitoring breach of the system, newest first. */
export async function risksFromBreaches(actor: Actor, systemId: string): Promise<LinkedRisk[]> {
  const { organizationId } = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({ where: { id: systemId, organizationId }, select: { id: true } });
  if (!system) throw notFound("AI system");
  const rows = await db().riskEventLink.findMany({
    where: { organizationId, monitoringEventId: { not: null }, risk: { systemId: system.id, organizationId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: LINK_SELECT,
  });
  return rows.map(toLinked);
}
