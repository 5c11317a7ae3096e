import Link from "next/link";
import { useTranslations } from "next-intl";
import { ClockBadge, clockOf } from "@/components/incidents/clock-badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { IncidentDTO } from "@/lib/dal/incidents/incidents";
import { useClockWords } from "@/components/incidents/clock-words";

// Serious incidents whose Art 73 clock is still running, soonest deadline first.
export function IncidentClocksCard({ incidents, now }: { incidents: IncidentDTO[]; now: Date }) {
  const t = useTranslations("DashboardParts");
  const clock = useClockWords();
  return (
    <Card data-card="incident-clocks">
      <CardHeader
        title={t("clocksTitle")}
        description={t("clocksDescription")}
        actions={
          <Link href="/incidents?clock=running" className="text-sm font-medium text-indigo-800 underline">
            {t("allRunning")}
          </Link>
        }
      />
      {incidents.length === 0 ? (
        <p className="px-5 py-5 text-sm text-slate-600">
          {t("noneWaiting")}{" "}
          <Link href="/incidents" className="text-indigo-800 underline">
            {t("seeAll")}
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {incidents.slice(0, 8).map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
              <span className="min-w-0">
                <Link
                  href={`/incidents/${i.id}`}
                  className="font-medium text-indigo-800 underline-offset-2 hover:underline"
                >
                  {i.reference}: {i.title}
                </Link>
                <span className="block text-slate-600">
                  {i.systemName} · {clock.headline(clockOf(i, now))}
                </span>
              </span>
              <ClockBadge incident={i} now={now} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
