"use client";
import { useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { TrendPoint } from "@/lib/dashboard/trend";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateIn } from "@/lib/i18n/format";

const pct = (v: number | null) => (v === null ? "—" : `${v} %`);

// The trend's numbers, newest first. Past days have no list to link to: a snapshot is what the figures were.
export function TrendTable({ points }: { points: TrendPoint[] }) {
  const t = useTranslations("DashboardCharts");
  const locale = useLocale() as Locale;
  return (
    <Table caption={t("trendCaption")}>
      <TableHead className="bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-3 font-medium">{t("colDay")}</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">{t("colDueNowReady")}</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">{t("colDueNowOpen")}</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">{t("colLaterReady")}</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">{t("colLaterOpen")}</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">{t("colOverdue")}</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">{t("highRiskSystems")}</Th>
        <Th className="px-0 py-1.5 text-right font-medium">{t("colOpenIncidents")}</Th>
      </TableHead>
      <TableBody className="divide-y-0">
        {[...points].reverse().map((p) => (
          <tr key={p.day} className="border-b border-slate-100 tabular-nums last:border-0">
            <Th scope="row" className="px-0 py-1.5 pr-3 font-normal whitespace-nowrap text-slate-800">
              {formatDateIn(locale, p.day)}
            </Th>
            <td className="py-1.5 pr-3 text-right">{pct(p.dueNowPct)}</td>
            <td className="py-1.5 pr-3 text-right">{p.dueNowOpen}</td>
            <td className="py-1.5 pr-3 text-right">{pct(p.laterPct)}</td>
            <td className="py-1.5 pr-3 text-right">{p.laterOpen}</td>
            <td className="py-1.5 pr-3 text-right">{p.overdue}</td>
            <td className="py-1.5 pr-3 text-right">{p.highRisk}</td>
            <td className="py-1.5 text-right">{p.openIncidents}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
