"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { QuarterView } from "@/lib/dashboard/view-model";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateIn } from "@/lib/i18n/format";
import { useMilestone } from "./milestone-words";

const link =
  "font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600";

export function TimelineTable({ rows }: { rows: QuarterView[] }) {
  const t = useTranslations("DashboardCharts");
  const locale = useLocale() as Locale;
  const milestone = useMilestone();
  return (
    <Table caption={t("timelineCaption")}>
      <TableHead className="bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-2 font-medium">{t("colQuarter")}</Th>
        <Th className="px-0 py-1.5 pr-2 font-medium">{t("colBegins")}</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">{t("colObligations")}</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">{t("colOpen")}</Th>
        <Th className="px-0 py-1.5 text-right font-medium">{t("systems")}</Th>
      </TableHead>
      <TableBody className="divide-y-0">
        {rows.map((r) => (
          <tr key={r.quarter} className="border-b border-slate-100 align-top last:border-0">
            <Th scope="row" className="px-0 py-1.5 pr-2 font-normal text-slate-800 whitespace-nowrap">
              {r.label}
              {r.isCurrent && (
                <span className="ml-2 rounded bg-slate-800 px-1.5 py-0.5 text-xs font-medium text-white">
                  {t("today")}
                </span>
              )}
            </Th>
            <td className="py-1.5 pr-2 text-slate-700">
              {r.dates.map((d) => formatDateIn(locale, d)).join(", ") || "—"}
              {r.captions.length > 0 && (
                <span className="block text-xs text-slate-600">{r.captions.map(milestone.caption).join("; ")}</span>
              )}
            </td>
            <td className="py-1.5 pr-2 text-right tabular-nums">
              <Link
                href={r.allHref}
                className={link}
                aria-label={t("quarterObligations", { count: r.done + r.open, quarter: r.label })}
              >
                {r.done + r.open}
              </Link>
            </td>
            <td className="py-1.5 pr-2 text-right tabular-nums">
              <Link href={r.openHref} className={link} aria-label={t("quarterOpen", { count: r.open })}>
                {r.open}
              </Link>
            </td>
            <td className="py-1.5 text-right tabular-nums text-slate-800">{r.systems}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
