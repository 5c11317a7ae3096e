import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { DeadlineView, SplitView } from "@/lib/dashboard/headline";
import { READINESS_COLORS } from "@/lib/dashboard/palette";
import { percent } from "@/lib/dashboard/view-model";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateIn } from "@/lib/i18n/format";
import { useMilestone } from "./milestone-words";

const link =
  "font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600";

const SPLIT_KEYS = {
  now: { title: "dueNowTitle", what: "dueNowWhat", sentence: "dueNowSentence" },
  later: { title: "laterTitle", what: "laterWhat", sentence: "laterSentence" },
} as const satisfies Record<SplitView["key"], Record<string, string>>;

const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// What the dashboard leads with: the next date on which duties begin to apply and how much lands on it, then
// readiness split into the duties the law asks for now and those that start later. Every number is a link to
// exactly the obligations it counts.
export function ComingPanel({
  deadline,
  split,
  today,
}: {
  deadline: DeadlineView | null;
  split: SplitView[];
  today: string;
}) {
  const t = useTranslations("DashboardParts");
  const locale = useLocale() as Locale;
  const milestone = useMilestone();
  const caption = deadline && milestone.byDay(deadline.day);
  return (
    <div className="grid gap-px overflow-hidden rounded-b-lg bg-slate-200 md:grid-cols-3">
      <div className="bg-white px-5 py-4" data-figure="next-deadline">
        <h3 className="text-sm font-medium text-slate-600">{t("nextDeadline")}</h3>
        {deadline ? (
          <>
            <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
              {formatDateIn(locale, deadline.day)}
              <span className="ml-2 text-sm font-normal text-slate-600">
                {t("inDays", { count: daysFrom(today, deadline.day) })}
              </span>
            </p>
            <p className="mt-1 text-sm">
              <Link href={deadline.href} className={link} data-deadline-count={deadline.obligations}>
                {t("deadlineDuties", { duties: deadline.obligations, systems: deadline.systems })}
              </Link>
              <span className="text-slate-600">
                {" "}
                {t("beginToApply", { count: deadline.obligations })}{" "}
                <Link href={deadline.openHref} className={link}>
                  {t("stillOpen", { count: deadline.open })}
                </Link>
              </span>
            </p>
            {caption && <p className="mt-1 text-xs text-slate-600">{caption}</p>}
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-700">{t("noneLater")}</p>
        )}
      </div>
      {split.map((s) => (
        <SplitFigure key={s.key} part={s} />
      ))}
    </div>
  );
}

function SplitFigure({ part }: { part: SplitView }) {
  const t = useTranslations("DashboardParts");
  const keys = SPLIT_KEYS[part.key];
  const what = t(keys.what);
  const pct = percent(part.done, part.applicable);
  return (
    <div className="bg-white px-5 py-4" data-figure={`readiness-${part.key}`}>
      <h3 className="text-sm font-medium text-slate-600">{t(keys.title)}</h3>
      <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">
        {part.applicable ? t("ready", { pct }) : "—"}
      </p>
      <div
        className="mt-2 h-2 overflow-hidden rounded-full ring-1 ring-slate-400 ring-inset"
        style={{ backgroundColor: READINESS_COLORS.open }}
        aria-hidden="true"
      >
        <div className="h-full" style={{ width: `${pct}%`, backgroundColor: READINESS_COLORS.done }} />
      </div>
      <p className="mt-2 text-sm text-slate-700 tabular-nums">
        <Link href={part.doneHref} className={link} aria-label={t("ariaDone", { count: part.done, what })}>
          {t("doneCount", { count: part.done })}
        </Link>
        {" · "}
        <Link href={part.openHref} className={link} aria-label={t("ariaOpen", { count: part.open, what })}>
          {t("openCount", { count: part.open })}
        </Link>
        {` ${t("of")} `}
        <Link href={part.href} className={link} aria-label={t("ariaAll", { count: part.applicable, what })}>
          {t("dutiesCount", { count: part.applicable })}
        </Link>
      </p>
      <p className="mt-0.5 text-xs text-slate-600">{t(keys.sentence)}</p>
    </div>
  );
}
