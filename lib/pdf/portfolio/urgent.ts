import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { nextDeadline } from "@/lib/dashboard/next-deadline";
import { formatDateIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";
import type { ANNEX_KEYS } from "./annex";
import type { PortfolioSnapshot } from "./snapshot";
import { portfolioWords } from "./words";

export type Urgent = { title: string; detail: string; annexKey?: keyof typeof ANNEX_KEYS };

// The three most urgent matters for the executive summary, in a fixed order of severity: a practice the law forbids,
// a serious-incident report the authority is owed, duties already late, a legal review holding up obligations, the
// next date on which duties begin to apply, then missing FRIA and registration. The first three that exist are shown.
export function urgentItems(
  s: Pick<PortfolioSnapshot, "figures" | "detail">,
  locale: Locale = DEFAULT_LOCALE,
): Urgent[] {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "PortfolioUrgent" });
  const w = portfolioWords(locale);
  const { count } = w;
  const day = (iso: string) => formatDateIn(locale, iso);
  const names = (items: { name: string }[], total: number) => {
    const shown = items
      .slice(0, 3)
      .map((i) => i.name)
      .join("; ");
    return total > 3 ? t("namesAndMore", { names: shown, more: count(total - 3) }) : shown;
  };
  const { figures: f, detail: d } = s;
  const out: Urgent[] = [];
  const l = d.lists;
  if (l.prohibitedInUse.total)
    out.push({
      title: t("prohibited", { count: count(l.prohibitedInUse.total) }),
      detail: t("prohibitedDetail", { names: names(l.prohibitedInUse.items, l.prohibitedInUse.total) }),
      annexKey: "prohibitedInUse",
    });
  const clock = d.incidents.items.find((i) => i.deadline);
  if (clock)
    out.push({
      title: t("incident", { reference: clock.reference, clock: w.stored(clock.clock).toLowerCase() }),
      detail: t("incidentDetail", { title: clock.title, system: clock.system, due: day(clock.deadline ?? "") }),
      annexKey: "incidents",
    });
  const oldest = d.overdue.items[0];
  if (d.overdue.total && oldest)
    out.push({
      title: t("overdue", { count: count(d.overdue.total) }),
      detail: t("overdueDetail", {
        due: day(oldest.dueDate),
        title: ruleText(locale, oldest.title),
        system: oldest.system,
      }),
      annexKey: "overdue",
    });
  if (l.awaitingReview.total)
    out.push({
      title: t("awaitingReview", { count: count(l.awaitingReview.total) }),
      detail: t("list", { names: names(l.awaitingReview.items, l.awaitingReview.total) }),
      annexKey: "awaitingReview",
    });
  const next = nextDeadline(f.byDay, f.today);
  if (next)
    out.push({
      title: t("next", { day: day(next.day), duties: count(next.obligations), systems: count(next.systems) }),
      detail: t("nextDetail", { open: count(next.open) }),
    });
  if (l.friaMissing.total)
    out.push({
      title: t("friaMissing", { count: count(l.friaMissing.total) }),
      detail: t("list", { names: names(l.friaMissing.items, l.friaMissing.total) }),
      annexKey: "friaMissing",
    });
  if (l.registrationMissing.total)
    out.push({
      title: t("registrationMissing", { count: count(l.registrationMissing.total) }),
      detail: t("list", { names: names(l.registrationMissing.items, l.registrationMissing.total) }),
      annexKey: "registrationMissing",
    });
  return out.slice(0, 3);
}
