import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { MonitoringEventDTO } from "@/lib/dal/monitoring/events";
import { describeReading } from "@/lib/incidents/monitoring-obligations";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MonitoringKindCode } from "@/lib/validations/monitoring";

type Props = {
  events: MonitoringEventDTO[];
  /** For people who may write risks: the new-risk form pre-filled from a breach. */
  riskHref?: (eventId: string) => string;
};

const KIND_KEYS = {
  EVALUATION: "kindEvaluation",
  BIAS: "kindBias",
  DRIFT: "kindDrift",
} as const satisfies Record<MonitoringKindCode, string>;

export function EventsTable({ events, riskHref }: Props) {
  const t = useTranslations("MonitoringResults");
  const locale = useLocale() as Locale;
  if (events.length === 0) {
    return (
      <p className="px-5 py-6 text-sm text-slate-600">
        {t.rich("empty", {
          code: () => (
            <code className="rounded bg-slate-100 px-1">{"POST /api/v1/systems/{id}/monitoring-events"}</code>
          ),
        })}
      </p>
    );
  }
  return (
    <Table caption={t("caption")}>
      <TableHead>
        <Th className="px-5">{t("observed")}</Th>
        <Th>{t("kind")}</Th>
        <Th>{t("reading")}</Th>
        <Th>{t("datasetModel")}</Th>
        <Th className="px-5">{t("result")}</Th>
      </TableHead>
      <TableBody>
        {events.map((e) => (
          <tr key={e.id} className={e.breached ? "bg-red-50/50" : undefined}>
            <td className="whitespace-nowrap px-5 py-2.5 text-slate-700">{formatDateTimeIn(locale, e.observedAt)}</td>
            <td className="px-3 py-2.5 text-slate-800">
              {e.kind in KIND_KEYS ? t(KIND_KEYS[e.kind as MonitoringKindCode]) : e.kind}
            </td>
            <td className="px-3 py-2.5 font-mono text-xs text-slate-900">{describeReading(e)}</td>
            <td className="px-3 py-2.5 text-slate-700">
              {[e.datasetRef, e.modelVersion].filter(Boolean).join(" · ") || "—"}
            </td>
            <td className="px-5 py-2.5">
              {e.breached ? (
                <Badge tone="red">{t("breach")}</Badge>
              ) : (
                <Badge tone="green">{t("withinThreshold")}</Badge>
              )}
              {e.incidentId && (
                <Link href={`/incidents/${e.incidentId}`} className="ml-2 text-indigo-800 underline">
                  {t("draftIncident")}
                </Link>
              )}
              {e.breached && riskHref && (
                <Link href={riskHref(e.id)} className="ml-2 whitespace-nowrap text-indigo-800 underline">
                  {t("openLinkedRisk")}
                  <span className="sr-only">{t("fromBreach", { when: formatDateTimeIn(locale, e.observedAt) })}</span>
                </Link>
              )}
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
