import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { AppMessages } from "@/i18n/messages";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Clock } from "./clock";

export type ClockTone = "neutral" | "red" | "orange" | "amber" | "blue" | "green";

const DAY = 86_400_000;
const HOUR = 3_600_000;

type ClockKey = keyof AppMessages["IncidentClock"];
/** A translator of the IncidentClock messages: next-intl's on a page, use-intl's in a document or job. */
export type ClockTranslator = (key: ClockKey, values?: Record<string, string | number>) => string;

/**
 * The Art 73 clock in words, e.g. "Report due in 3 days (by 25 Nov 2026, 14:00 UTC)" or "Overdue by 2 days": one
 * wording for the incident pages, the dashboard and the serious-incident report PDF, in the language of `t`.
 */
export function clockWords(t: ClockTranslator, locale: Locale) {
  const duration = (ms: number): string => {
    const abs = Math.abs(ms);
    const days = Math.floor(abs / DAY);
    const hours = Math.floor((abs % DAY) / HOUR);
    if (abs >= 3 * DAY || (abs >= DAY && !hours)) return t("days", { days });
    if (abs >= DAY) return t("daysHours", { days, hours });
    if (abs >= HOUR) return t("hours", { hours: Math.floor(abs / HOUR) });
    if (abs < 60_000) return t("underAMinute");
    return t("minutes", { minutes: Math.floor(abs / 60_000) });
  };
  const dateTime = (value: Date | string | null | undefined) => formatDateTimeIn(locale, value);

  function headline(clock: Clock): string {
    const by = clock.deadline ? dateTime(clock.deadline) : "";
    const left = duration(clock.remainingMs ?? 0);
    switch (clock.state) {
      case "not_started":
        return t("headlineNotStarted");
      case "running":
        return t("headlineRunning", { left, by });
      case "due_today":
        return t("headlineDueToday", { left, by });
      case "overdue":
        return t("headlineOverdue", { left, by });
      case "reported":
        return clock.reportedOnTime === false ? t("headlineReportedLate", { by }) : t("headlineReportedOnTime");
      case "closed":
        return t("closed");
    }
  }

  function badge(clock: Clock): { label: string; tone: ClockTone } {
    const left = duration(clock.remainingMs ?? 0);
    switch (clock.state) {
      case "not_started":
        return { label: t("badgeNoClock"), tone: "neutral" };
      case "running":
        return { label: t("badgeDueIn", { left }), tone: (clock.remainingMs ?? 0) < 3 * DAY ? "amber" : "blue" };
      case "due_today":
        return { label: t("badgeDueToday"), tone: "orange" };
      case "overdue":
        return { label: t("badgeOverdue", { left }), tone: "red" };
      case "reported":
        return clock.reportedOnTime === false
          ? { label: t("badgeReportedLate"), tone: "amber" }
          : { label: t("badgeReported"), tone: "green" };
      case "closed":
        return { label: t("closed"), tone: "neutral" };
    }
  }

  function rule(clock: Clock): string {
    if (!clock.days) return t("ruleNotStarted");
    return clock.harmAssumed ? t("ruleAssumed", { days: clock.days }) : t("rule", { days: clock.days });
  }

  return { headline, badge, rule, dateTime, duration };
}

/** The clock's words in `locale` outside a request (the serious-incident report, in the document's language). */
export function clockWordsIn(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "IncidentClock" });
  return clockWords(t as ClockTranslator, locale);
}
