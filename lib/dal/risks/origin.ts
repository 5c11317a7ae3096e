import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";
import type { Locale } from "@/lib/i18n/locales";
import {
  breachOriginIn,
  breachRef,
  breachRiskTitle,
  incidentOriginIn,
  incidentRef,
  incidentRiskTitle,
  type RiskOriginRef,
} from "@/lib/risks/origin";
import type { RiskSourceCode } from "@/lib/validations/risks";
import { BREACH_SELECT } from "./internal/origin";

export type RiskPrefill = {
  title: string;
  description: string;
  source: RiskSourceCode;
  incidentId?: string;
  monitoringEventId?: string;
  /** "incident INC-0007: …" or "breach of …", shown above the form. */
  origin: string;
};

/** `ref` is the event itself, for a record that words it later in another language (the sealed dossier). */
export type RiskOriginLink = { label: string; href: string; ref: RiskOriginRef };

// The new-risk form opened from an incident's page or a breach on the Monitoring tab starts from what is known. An
// id of another system or organisation (or an event within its threshold) gives no pre-fill: the plain form.
export async function riskPrefill(
  actor: Actor,
  systemId: string,
  from: { incidentId?: string; eventId?: string },
  locale: Locale = "en",
): Promise<RiskPrefill | null> {
  const { organizationId } = await authorize(actor, "risk.write");
  if (from.incidentId) {
    const i = await db().incident.findFirst({
      where: { id: from.incidentId, organizationId, systemId },
      select: { id: true, number: true, title: true, description: true },
    });
    if (!i) return null;
    return {
      title: incidentRiskTitle(i),
      description: i.description.slice(0, 5000),
      source: "INCIDENT",
      incidentId: i.id,
      origin: incidentOriginIn(locale, i),
    };
  }
  if (from.eventId) {
    const e = await db().monitoringEvent.findFirst({
      where: { id: from.eventId, organizationId, systemId, breached: true },
      select: BREACH_SELECT,
    });
    if (!e) return null;
    return {
      title: breachRiskTitle(e),
      description: "",
      source: "MONITORING",
      monitoringEventId: e.id,
      origin: breachOriginIn(locale, e),
    };
  }
  return null;
}

/** Where each of the system's risks was opened from, by risk id, worded for the reader; risks entered by hand are absent. */
export async function riskOrigins(
  actor: Actor,
  systemId: string,
  locale: Locale = "en",
): Promise<Map<string, RiskOriginLink>> {
  const { organizationId } = await authorize(actor, "system.read");
  return readRiskOrigins(organizationId, systemId, locale);
}

/** For callers that have already authorised a read of this system (the dossier, whose sealed snapshot keeps English). */
export async function readRiskOrigins(
  organizationId: string,
  systemId: string,
  locale: Locale = "en",
): Promise<Map<string, RiskOriginLink>> {
  const risks = await db().risk.findMany({
    where: { organizationId, systemId, OR: [{ incidentId: { not: null } }, { monitoringEventId: { not: null } }] },
    select: { id: true, incidentId: true, monitoringEventId: true },
  });
  if (risks.length === 0) return new Map();
  const ids = (key: "incidentId" | "monitoringEventId") => risks.flatMap((r) => (r[key] ? [r[key]] : []));
  const [incidents, events] = await Promise.all([
    db().incident.findMany({
      where: { organizationId, id: { in: ids("incidentId") } },
      select: { id: true, number: true, title: true },
    }),
    db().monitoringEvent.findMany({
      where: { organizationId, id: { in: ids("monitoringEventId") } },
      select: BREACH_SELECT,
    }),
  ]);
  const links = new Map<string, RiskOriginLink>();
  for (const r of risks) {
    const incident = incidents.find((i) => i.id === r.incidentId);
    const event = events.find((e) => e.id === r.monitoringEventId);
    if (incident)
      links.set(r.id, {
        label: incidentOriginIn(locale, incident),
        href: `/incidents/${incident.id}`,
        ref: incidentRef(incident),
      });
    else if (event)
      links.set(r.id, {
        label: breachOriginIn(locale, event),
        href: `/systems/${systemId}/monitoring`,
        ref: breachRef(event),
      });
  }
  return links;
}
