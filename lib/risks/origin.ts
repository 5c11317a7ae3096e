import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { readingWith } from "@/lib/incidents/breach-reading";
import { incidentReference } from "@/lib/incidents/labels";
import { describeReading, KIND_LABELS } from "@/lib/incidents/monitoring-obligations";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MonitoringKindCode } from "@/lib/validations/monitoring";

// How a risk names the incident or monitoring breach it was opened from, on the Risks tab, in the pre-filled form and
// in the dossier: the same words everywhere. Nothing here reads the database. English is what is stored (the audit
// trail's "rescored from", the sealed dossier); a page says it in the reader's language.

export type IncidentRef = { number: number; title: string };
export type BreachRef = {
  kind: string;
  metric: string;
  value: number;
  threshold: number | null;
  direction: string;
  observedAt: Date | string;
};

const TITLE_MAX = 200;
const clip = (text: string) => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text);
const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/** "incident INC-0007: Wrong refusals" */
export const incidentOrigin = (i: IncidentRef): string => `incident ${incidentReference(i.number)}: ${i.title}`;

/** "breach of Bias: tpr_gap = 0.12, limit ≤ 0.05 on 2026-12-01" */
export const breachOrigin = (e: BreachRef): string =>
  `breach of ${KIND_LABELS[e.kind as MonitoringKindCode] ?? e.kind}: ${describeReading(e)} on ${day(e.observedAt)}`;

const originWords = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "RiskOrigin" });

/** The same, in the reader's language: "Vorfall INC-0007: …", "seuil franchi (biais) : … le 1 déc. 2026". */
export function incidentOriginIn(locale: Locale, i: IncidentRef): string {
  if (locale === "en") return incidentOrigin(i);
  return originWords(locale)("incident", { reference: incidentReference(i.number), title: i.title });
}

export function breachOriginIn(locale: Locale, e: BreachRef): string {
  if (locale === "en") return breachOrigin(e);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "MonitoringTaskText" });
  return originWords(locale)("breach", {
    kind: e.kind,
    reading: readingWith(describeReading(e), t("limit")),
    day: formatDateIn(locale, e.observedAt),
  });
}

/** Where a risk was opened from, as data: what a sealed dossier keeps, so each rendering words it in its language. */
export type RiskOriginRef = { incident: IncidentRef } | { breach: BreachRef };

/** The reference kept for an incident or a breach row (a date as its ISO string, as JSON keeps it). */
export const incidentRef = (i: IncidentRef): RiskOriginRef => ({ incident: { number: i.number, title: i.title } });
export const breachRef = (e: BreachRef): RiskOriginRef => ({
  breach: {
    kind: e.kind,
    metric: e.metric,
    value: e.value,
    threshold: e.threshold,
    direction: e.direction,
    observedAt: new Date(e.observedAt).toISOString(),
  },
});

/** A reference read back from stored JSON (an audit entry), or null when it is not one. */
export function asRiskOriginRef(value: unknown): RiskOriginRef | null {
  if (!value || typeof value !== "object") return null;
  const { incident, breach } = value as { incident?: Partial<IncidentRef>; breach?: Partial<BreachRef> };
  if (incident && typeof incident.number === "number" && typeof incident.title === "string")
    return { incident: { number: incident.number, title: incident.title } };
  if (
    breach &&
    typeof breach.kind === "string" &&
    typeof breach.metric === "string" &&
    typeof breach.value === "number"
  )
    return breachRef({
      kind: breach.kind,
      metric: breach.metric,
      value: breach.value,
      threshold: typeof breach.threshold === "number" ? breach.threshold : null,
      direction: String(breach.direction ?? ""),
      observedAt: String(breach.observedAt ?? ""),
    });
  return null;
}

export const riskOriginIn = (locale: Locale, ref: RiskOriginRef): string =>
  "incident" in ref ? incidentOriginIn(locale, ref.incident) : breachOriginIn(locale, ref.breach);

/** A dossier's risk origin in `locale`; a dossier sealed before the reference was kept has only its English words. */
export const openedFromIn = (locale: Locale, r: { openedFrom?: string; openedFromRef?: RiskOriginRef }) =>
  r.openedFromRef ? riskOriginIn(locale, r.openedFromRef) : r.openedFrom;

/** The title a new risk's form starts with; the person edits it before saving. */
export const incidentRiskTitle = (i: IncidentRef): string => clip(i.title);
export const breachRiskTitle = (e: BreachRef): string =>
  clip(`${KIND_LABELS[e.kind as MonitoringKindCode] ?? e.kind} outside its threshold: ${describeReading(e)}`);
