// next-intl's own core (use-intl): the jobs import this file in a plain Node process under the react-server
// condition, where next-intl's main entry fails to load (it needs React's client APIs).
import { createTranslator } from "use-intl/core";
import { getTranslations } from "next-intl/server";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";

// The NotificationText messages a notification may be written in. A stored key not listed here (a message removed
// later) falls back to the English kept on the row.
const KEYS = [
  "obligationDueTitle",
  "obligationOverdueTitle",
  "obligationDueBody",
  "obligationOverdueBody",
  "incidentDueTitle",
  "incidentOverdueTitle",
  "incidentBody",
  "reviewBothTitle",
  "reviewPendingTitle",
  "reviewOpenTitle",
  "reviewPendingBody",
  "reviewOpenBody",
  "riskDueTitle",
  "riskOverdueTitle",
  "riskDueBody",
  "riskOverdueBody",
  "riskUnowned",
  "vendorMoreTimeTitle",
  "vendorAnsweredTitle",
  "vendorAnsweredBody",
  "vendorOverdueTitle",
  "vendorOverdueBody",
  "legalReviewRequestedTitle",
  "legalReviewAnsweredTitle",
  "legalReviewSentBackTitle",
  "legalReviewOverrodeTitle",
  "legalReviewConfirmedTitle",
  "legalReviewClosedBody",
  "policyPublishedTitle",
  "policyPublishedBody",
  "policyApprovalTitle",
  "policyApprovalBody",
  "policyAckDueTitle",
  "policyAckDueBody",
  "policyAckOutstandingTitle",
  "policyAckOutstandingBody",
  "policyAckOutstandingMoreBody",
  "literacyExpiredTitle",
  "literacyExpiresTitle",
  "literacyExpiredBody",
  "literacyExpiresBody",
  "literacySoonTitle",
  "literacyLapsedTitle",
  "literacyBothTitle",
  "literacyDigestBody",
  "durationDays",
  "durationDaysHours",
  "durationHours",
  "durationMinutes",
  "durationUnderAMinute",
] as const;
export type NotificationTextKey = (typeof KEYS)[number];

type Values = Record<string, string | number>;
export type NotificationPart = { key: NotificationTextKey; values?: Values } | { text: string };
/**
 * A notification's title and body as messages (stored in Notification.message): each is a list of parts joined by a
 * space, a part being a message with its values or a text kept as entered (a person's note, a vendor's reason).
 * Values named `obligation` are obligation titles of the rule set and values ending in `Ms` are durations: both are
 * put in the reader's language when shown.
 */
export type NotificationMessage = { title: NotificationPart[]; body: NotificationPart[] };

type Translate = (key: NotificationTextKey, values?: Values) => string;
const isKey = (key: unknown): key is NotificationTextKey => (KEYS as readonly unknown[]).includes(key);

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

function duration(t: Translate, ms: number): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  if (abs >= 3 * DAY || (abs >= DAY && !hours)) return t("durationDays", { days });
  if (abs >= DAY) return t("durationDaysHours", { days, hours });
  if (abs >= HOUR) return t("durationHours", { hours: Math.floor(abs / HOUR) });
  if (abs < 60_000) return t("durationUnderAMinute");
  return t("durationMinutes", { minutes: Math.floor(abs / 60_000) });
}

function localValues(t: Translate, locale: Locale, values: Values = {}): Values {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (name === "obligation" && typeof value === "string") return [name, ruleText(locale, value)];
      if (name.endsWith("Ms") && typeof value === "number") return [name, duration(t, value)];
      return [name, value];
    }),
  );
}

function render(t: Translate, locale: Locale, parts: NotificationPart[]): string {
  return parts
    .map((part) => ("text" in part ? part.text : t(part.key, localValues(t, locale, part.values))))
    .filter(Boolean)
    .join(" ");
}

function isMessage(value: unknown): value is NotificationMessage {
  if (!value || typeof value !== "object") return false;
  const { title, body } = value as Record<string, unknown>;
  const partsOk = (parts: unknown) =>
    Array.isArray(parts) &&
    parts.every((p) => p && typeof p === "object" && (typeof p.text === "string" || isKey(p.key)));
  return partsOk(title) && partsOk(body);
}

type Stored = { title: string; body: string; message?: unknown };

function textWith(t: Translate, locale: Locale, row: Stored): { title: string; body: string } {
  if (!isMessage(row.message)) return { title: row.title, body: row.body };
  try {
    return { title: render(t, locale, row.message.title), body: render(t, locale, row.message.body) };
  } catch {
    // A message whose values no longer fit its text shows what was stored, never an error.
    return { title: row.title, body: row.body };
  }
}

function translatorIn(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "NotificationText" }) as Translate;
}

/** A notification's title and body in `locale` (mail, jobs); rows without a message keep their stored text. */
export function notificationTextIn(locale: Locale, row: Stored): { title: string; body: string } {
  return textWith(translatorIn(locale), locale, row);
}

/** The same in the request's language (getTranslations("NotificationText")), for pages. */
export async function notificationTextsForRequest<R extends Stored>(rows: R[], locale: Locale): Promise<R[]> {
  const t = (await getTranslations("NotificationText")) as unknown as Translate;
  return rows.map((row) => ({ ...row, ...textWith(t, locale, row) }));
}

/** What a writer stores: the message, and its English as title and body (for the API, mail and older readers). */
export function writtenNotification(message: NotificationMessage): {
  title: string;
  body: string;
  message: NotificationMessage;
} {
  return { ...textWith(translatorIn(DEFAULT_LOCALE), DEFAULT_LOCALE, { title: "", body: "", message }), message };
}
