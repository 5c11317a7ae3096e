import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { when } from "@/lib/i18n/english-time";
import { readingWith } from "./breach-reading";
import { KIND_LABELS, type MonitoringKindCode } from "./monitoring-obligations";

// A monitoring breach opens a task whose title and body recordMonitoringEvent writes in English (the REST API lists
// them, and the gate names them). A person reads them in their own language: the sentences are recognised by their
// English shape, as lib/rules/i18n recognises the engine's, and anything else (a task written before, a metric's own
// name) is shown as stored.

const KIND_BY_LABEL = new Map(Object.entries(KIND_LABELS).map(([code, label]) => [label, code as MonitoringKindCode]));
const KIND = [...KIND_BY_LABEL.keys()].join("|");
const TITLE = new RegExp(`^(${KIND}) breach: (.+)$`, "s");
const OUTSIDE = new RegExp(`^(${KIND}) result outside its threshold: (.+)\\.$`, "s");
const DATASET = /^Dataset: (.+)\.$/s;
const MODEL_VERSION = /^Model version: (.+)\.$/s;
const OBSERVED = /^Observed (.+ UTC); reported by (.+)\.$/s;

function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "MonitoringTaskText" });
}

type T = ReturnType<typeof translator>;

function reading(t: T, english: string): string {
  return readingWith(english, t("limit"));
}

/** A monitoring task's title in `locale`; English, or a title of another shape, as stored. */
export function monitoringTaskTitleIn(locale: Locale, title: string): string {
  const match = locale === "en" ? null : TITLE.exec(title);
  if (!match) return title;
  const t = translator(locale);
  return t("title", { kind: KIND_BY_LABEL.get(match[1]!)!, reading: reading(t, match[2]!) });
}

function bodyLine(locale: Locale, t: T, line: string): string {
  let m = OUTSIDE.exec(line);
  if (m) return t("outside", { kind: KIND_BY_LABEL.get(m[1]!)!, reading: reading(t, m[2]!) });
  if ((m = DATASET.exec(line))) return t("dataset", { dataset: m[1]! });
  if ((m = MODEL_VERSION.exec(line))) return t("modelVersion", { version: m[1]! });
  if ((m = OBSERVED.exec(line))) return t("observed", { when: when(locale, m[1]!), by: m[2]! });
  return line;
}

/** A monitoring task's body in `locale`, line by line; lines of another shape are kept as stored. */
export function monitoringTaskBodyIn(locale: Locale, body: string): string {
  if (locale === "en") return body;
  const t = translator(locale);
  return body
    .split("\n")
    .map((line) => bodyLine(locale, t, line))
    .join("\n");
}

/**
 * The draft incident a breach opens on request, in the organisation's document language: it is stored, not shown
 * through a translation, so it is written in the language the organisation's records are kept in. `context` is the
 * task's English body.
 */
export function breachIncidentDraft(
  locale: Locale,
  values: { system: string; metric: string; context: string },
): { title: string; description: string } {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "MonitoringTaskText" });
  return {
    title: t("incidentTitle", { system: values.system, metric: values.metric }),
    description: `${monitoringTaskBodyIn(locale, values.context)}\n\n${t("incidentNote")}`,
  };
}
