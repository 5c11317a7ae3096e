import { incidentReference } from "@/lib/incidents/labels";
import { describeReading, KIND_LABELS } from "@/lib/incidents/monitoring-obligations";
import type { MonitoringKindCode } from "@/lib/validations/monitoring";

// How a risk names the incident or monitoring breach it was opened from, on the Risks tab, in the pre-filled form and
// in the dossier: the same words everywhere. Nothing here reads the database.

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

/** The title a new risk's form starts with; the person edits it before saving. */
export const incidentRiskTitle = (i: IncidentRef): string => clip(i.title);
export const breachRiskTitle = (e: BreachRef): string =>
  clip(`${KIND_LABELS[e.kind as MonitoringKindCode] ?? e.kind} outside its threshold: ${describeReading(e)}`);
