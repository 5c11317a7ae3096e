"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { percent, type RatioRow } from "@/lib/dashboard/view-model";

function Count({ value, href, label }: { value: number; href: string | null; label: string }) {
  if (!href) return <span>{value}</span>;
  return (
    <Link
      href={href}
      aria-label={label}
      className="font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      {value}
    </Link>
  );
}

// Done, open and applicable obligations per row, each a link to exactly those obligations.
export function ReadinessTable({ rows, caption, heading }: { rows: RatioRow[]; caption: string; heading: string }) {
  const t = useTranslations("DashboardCharts");
  return (
    <Table caption={caption}>
      <TableHead className="bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-2 font-medium">{heading}</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">{t("colDone")}</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">{t("colOpen")}</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">{t("colApply")}</Th>
        <Th className="px-0 py-1.5 text-right font-medium">{t("colReady")}</Th>
      </TableHead>
      <TableBody className="divide-y-0">
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100 last:border-0 tabular-nums">
            <Th scope="row" className="px-0 py-1.5 pr-2 font-normal text-slate-800">
              {r.label}
            </Th>
            <td className="py-1.5 pr-2 text-right">
              <Count value={r.done} href={r.doneHref} label={t("rowDone", { count: r.done, label: r.label })} />
            </td>
            <td className="py-1.5 pr-2 text-right">
              <Count value={r.open} href={r.openHref} label={t("rowOpen", { count: r.open, label: r.label })} />
            </td>
            <td className="py-1.5 pr-2 text-right">
              <Count
                value={r.applicable}
                href={r.allHref}
                label={t("rowApply", { count: r.applicable, label: r.label })}
              />
            </td>
            <td className="py-1.5 text-right text-slate-800">{percent(r.done, r.applicable)} %</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
