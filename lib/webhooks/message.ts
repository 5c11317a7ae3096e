import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { dispositionLabel } from "@/lib/classification/result-status";
import { csvValueIn } from "@/lib/csv/value-i18n";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { clockWordsIn } from "@/lib/incidents/clock-words";
import { HARM_KEYS, STATUS_KEYS } from "@/lib/incidents/label-keys";
import { TIER_LABELS, type Tier } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";

// What a channel message says about one event, before Slack's or Teams' wording of it: a title, a line of text,
// facts as label/value pairs and the page in Actlas it links back to. Pure: the renderers and their tests share it.
export type ChannelMessage = {
  title: string;
  text: string;
  facts: { title: string; value: string }[];
  link: { label: string; url: string };
};
export type EventPayload = { event: string; occurredAt?: string; data?: Record<string, unknown> };

const str = (data: Record<string, unknown>, key: string): string => {
  const v = data[key];
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
};
const obj = (data: Record<string, unknown>, key: string): Record<string, unknown> => {
  const v = data[key];
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
};
const utc = (iso: string) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "");
const fact = (title: string, value: string) => (value ? [{ title, value }] : []);

type Words = ReturnType<typeof wordsIn>;
// A channel is read by the whole organisation, so its messages are in the organisation's document language.
function wordsIn(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "ChannelMessage" });
  const incident = createTranslator({ locale, messages: MESSAGES[locale], namespace: "IncidentLabels" });
  const known = <K extends string>(keys: Record<K, string>, code: string): code is K => Object.hasOwn(keys, code);
  const tierOf = (code: string) => {
    const english = TIER_LABELS[code.toLowerCase() as Tier];
    return english ? ruleText(locale, english) : code || "—";
  };
  return {
    t,
    tier: tierOf,
    disposition: (code: string) => csvValueIn(locale, dispositionLabel(code)),
    status: (code: string) => (known(STATUS_KEYS, code) ? incident(STATUS_KEYS[code]) : ""),
    harm: (code: string) => (known(HARM_KEYS, code) ? incident(HARM_KEYS[code]) : ""),
    duration: clockWordsIn(locale).duration,
  };
}

type Describe = (
  data: Record<string, unknown>,
  w: Words,
) => Omit<ChannelMessage, "link"> & {
  path: string;
  linkLabel: string;
};

const DESCRIBE: Record<string, Describe> = {
  "classification.changed": (d, { t, tier, disposition }) => {
    const before = obj(d, "before");
    const after = obj(d, "after");
    const system = str(d, "systemName") || t("anAiSystem");
    return {
      title: t("classificationTitle", { system }),
      text: t("classificationText", { system }),
      facts: [
        { title: t("tier"), value: `${tier(str(before, "tier"))} → ${tier(str(after, "tier"))}` },
        ...fact(t("disposition"), str(after, "disposition") && disposition(str(after, "disposition"))),
      ],
      path: `/systems/${str(d, "systemId")}/classification`,
      linkLabel: t("openClassification"),
    };
  },
  "review.requested": (d, { t }) => ({
    title: t("reviewRequestedTitle", { system: str(d, "systemName") }),
    text: str(d, "question"),
    facts: fact(t("requestedBy"), str(d, "by")),
    path: `/systems/${str(d, "systemId")}/classification#review-requests`,
    linkLabel: t("openReviewRequest"),
  }),
  "review.replied": (d, { t }) => ({
    title: t(str(d, "reply") === "SENT_BACK" ? "reviewSentBackTitle" : "reviewAnsweredTitle", {
      system: str(d, "systemName"),
    }),
    text: str(d, "note"),
    facts: fact(t("by"), str(d, "by")),
    path: `/systems/${str(d, "systemId")}/classification#review-requests`,
    linkLabel: t("openReviewRequest"),
  }),
  "incident.created": (d, { t, status, harm }) => ({
    title: t("incidentTitle", { reference: str(d, "reference"), title: str(d, "title") }),
    text: str(d, "reportingDeadline")
      ? t("incidentDue", { deadline: utc(str(d, "reportingDeadline")) })
      : t("incidentNoClock"),
    facts: [
      ...fact(t("system"), str(d, "systemName")),
      ...fact(t("status"), status(str(d, "status"))),
      ...fact(t("harm"), harm(str(d, "harm"))),
    ],
    path: `/incidents/${str(d, "incidentId")}`,
    linkLabel: t("openIncident"),
  }),
  "incident.deadline": (d, { t, duration }) => {
    // The time left when the stage was reached; a reminder written before that field existed keeps its English words.
    const left = typeof d.remainingMs === "number" ? duration(d.remainingMs) : null;
    const when = left === null ? str(d, "when") : t(str(d, "stage") === "overdue" ? "overdueBy" : "dueIn", { left });
    return {
      title: t("deadlineTitle", { reference: str(d, "reference"), when }),
      text: t("deadlineText", { title: str(d, "title"), deadline: utc(str(d, "deadline")) }),
      facts: fact(t("daysAfterAwareness"), str(d, "days")),
      path: `/incidents/${str(d, "incidentId")}`,
      linkLabel: t("openIncident"),
    };
  },
  "gate.changed": (d, { t }) => ({
    title: t(str(d, "after") === "pass" ? "gatePasses" : "gateFails", { system: str(d, "systemName") }),
    text: t("gateText", {
      system: str(d, "systemName"),
      before: str(d, "before") || t("none"),
      after: str(d, "after"),
    }),
    facts: fact(t("reasons"), Array.isArray(d.reasons) ? d.reasons.map(String).join(", ") : ""),
    path: `/systems/${str(d, "systemId")}`,
    linkLabel: t("openSystem"),
  }),
  "obligations.overdue": (d, { t }) => {
    const oldest = Array.isArray(d.oldest) ? (d.oldest as Record<string, unknown>[]) : [];
    return {
      title: t("overdueTitle", { count: Number(d.count) || 0 }),
      text: t("overdueText"),
      facts: oldest.map((o) => ({
        title: `${str(o, "system")} · ${str(o, "article")}`,
        value: t("overdueDuty", { title: str(o, "title"), date: str(o, "dueDate") }),
      })),
      path: "/obligations?due=overdue",
      linkLabel: t("openOverdue"),
    };
  },
  "webhook.test": (d, { t }) => ({
    title: t("testTitle"),
    text: t("testText"),
    facts: fact(t("sentBy"), str(d, "requestedBy")),
    path: "/settings/webhooks",
    linkLabel: t("openWebhookSettings"),
  }),
};

export function describeEvent(payload: EventPayload, baseUrl: string, locale: Locale = DEFAULT_LOCALE): ChannelMessage {
  const data = payload.data ?? {};
  const describe = DESCRIBE[payload.event];
  const words = wordsIn(locale);
  // An event written by a newer version than the one delivering it still says something and links home.
  const { path, linkLabel, ...message } = describe
    ? describe(data, words)
    : {
        title: words.t("unknownTitle", { event: payload.event }),
        text: "",
        facts: [],
        path: "/",
        linkLabel: words.t("openActlas"),
      };
  return { ...message, link: { label: linkLabel, url: new URL(path, baseUrl).toString() } };
}
