import { useLocale, useTranslations } from "next-intl";
import type { Clock } from "@/lib/incidents/clock";
import type { ClockTone } from "@/lib/incidents/clock-text";
import { formatDateTimeIn } from "@/lib/i18n/format";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * The Art 73 clock in the reader's language: the same sentences as lib/incidents/clock-text.ts (which the jobs and
 * documents use in English), for pages. A hook, so server and client components share it.
 */
export function useClockWords() {
  const t = useTranslations("IncidentClock");
  const locale = useLocale();
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

  return { headline, badge, rule, dateTime };
}
