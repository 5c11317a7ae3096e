"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { CountRow } from "@/lib/dashboard/view-model";

// The chart's data as a table: every count is a link to the list of exactly those systems.
export function CountTable({ rows, caption, heading }: { rows: CountRow[]; caption: string; heading: string }) {
  const t = useTranslations("DashboardCharts");
  return (
    <Table caption={caption}>
      <TableHead className="bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-2 font-medium">{heading}</Th>
        <Th className="px-0 py-1.5 text-right font-medium">{t("systems")}</Th>
      </TableHead>
      <TableBody className="divide-y-0">
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100 last:border-0">
            <Th scope="row" className="px-0 py-1.5 pr-2 font-normal text-slate-800">
              <span className="flex items-center gap-2">
                {r.color && (
                  <span
                    aria-hidden="true"
                    className="inline-block h-3 w-3 shrink-0 rounded-sm ring-1 ring-slate-400"
                    style={{ backgroundColor: r.color }}
                  />
                )}
                {r.label}
              </span>
            </Th>
            <td className="py-1.5 text-right tabular-nums">
              {r.href ? (
                <Link
                  href={r.href}
                  aria-label={t("systemsLink", { count: r.value, label: r.label })}
                  className="font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {r.value}
                </Link>
              ) : (
                <span className="text-slate-800">{r.value}</span>
              )}
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
