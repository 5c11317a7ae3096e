"use client";
import Link from "next/link";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { QuarterView } from "@/lib/dashboard/view-model";
import { formatDate } from "@/lib/utils";
import { countPhrase } from "@/lib/plural";

const link =
  "font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600";

export function TimelineTable({ rows }: { rows: QuarterView[] }) {
  return (
    <Table caption="Obligations by the quarter they begin to apply">
      <TableHead className="bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-2 font-medium">Quarter</Th>
        <Th className="px-0 py-1.5 pr-2 font-medium">Begins to apply</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">Obligations</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">Open</Th>
        <Th className="px-0 py-1.5 text-right font-medium">Systems</Th>
      </TableHead>
      <TableBody className="divide-y-0">
        {rows.map((r) => (
          <tr key={r.quarter} className="border-b border-slate-100 align-top last:border-0">
            <Th scope="row" className="px-0 py-1.5 pr-2 font-normal text-slate-800 whitespace-nowrap">
              {r.label}
              {r.isCurrent && (
                <span className="ml-2 rounded bg-slate-800 px-1.5 py-0.5 text-xs font-medium text-white">Today</span>
              )}
            </Th>
            <td className="py-1.5 pr-2 text-slate-700">
              {r.dates.map((d) => formatDate(d)).join(", ") || "—"}
              {r.captions.length > 0 && <span className="block text-xs text-slate-600">{r.captions.join("; ")}</span>}
            </td>
            <td className="py-1.5 pr-2 text-right tabular-nums">
              <Link
                href={r.allHref}
                className={link}
                aria-label={`${countPhrase(r.done + r.open, "obligation")} beginning to apply in ${r.label}`}
              >
                {r.done + r.open}
              </Link>
            </td>
            <td className="py-1.5 pr-2 text-right tabular-nums">
              <Link href={r.openHref} className={link} aria-label={`${r.open} of them still open`}>
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
