import { AlarmClock, CheckCircle2, CircleSlash } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { clockOf, type ClockFields } from "./clock-badge";
import { useClockWords } from "./clock-words";

const TONES = {
  not_started: "border-slate-300 bg-slate-50 text-slate-900",
  running: "border-sky-300 bg-sky-50 text-sky-950",
  due_today: "border-orange-400 bg-orange-50 text-orange-950",
  overdue: "border-red-400 bg-red-50 text-red-950",
  reported: "border-emerald-300 bg-emerald-50 text-emerald-950",
  closed: "border-slate-300 bg-slate-50 text-slate-900",
} as const;

// The Art 73 clock as the first thing on an incident: the deadline sentence, the rule behind it, and both reports.
export function ClockPanel({ incident, now }: { incident: ClockFields; now: Date }) {
  const t = useTranslations("IncidentClockPanel");
  const words = useClockWords();
  const clock = clockOf(incident, now);
  const Icon =
    clock.state === "reported"
      ? CheckCircle2
      : clock.state === "closed" || clock.state === "not_started"
        ? CircleSlash
        : AlarmClock;
  return (
    <section aria-labelledby="clock-heading" className={cn("rounded-lg border-2 px-5 py-4", TONES[clock.state])}>
      <div className="flex items-start gap-3">
        <Icon aria-hidden className="mt-0.5 h-6 w-6 shrink-0" />
        <div className="min-w-0 flex-1">
          <h2 id="clock-heading" className="text-lg font-semibold">
            {words.headline(clock)}
          </h2>
          <p className="mt-1 text-sm">
            {words.rule(clock)}
            {clock.deadline ? t("deadline", { at: words.dateTime(clock.deadline) }) : ""}
          </p>
          <dl className="mt-3 grid gap-x-8 gap-y-1 text-sm sm:grid-cols-2">
            <div className="flex gap-2">
              <dt className="font-medium">{t("initialReport")}</dt>
              <dd>
                {incident.initialReportAt
                  ? t("sent", { at: words.dateTime(incident.initialReportAt) })
                  : t("notSentYet")}
              </dd>
            </div>
            <div className="flex gap-2">
              <dt className="font-medium">{t("completeReport")}</dt>
              <dd>
                {incident.completeReportAt
                  ? t("sent", { at: words.dateTime(incident.completeReportAt) })
                  : t("outstanding")}
              </dd>
            </div>
          </dl>
        </div>
      </div>
    </section>
  );
}
