"use client";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { TrendPoint } from "@/lib/dashboard/trend";
import { formatDate } from "@/lib/utils";

const pct = (v: number | null) => (v === null ? "—" : `${v} %`);

// The trend's numbers, newest first. Past days have no list to link to: a snapshot is what the figures were.
export function TrendTable({ points }: { points: TrendPoint[] }) {
  return (
    <Table caption="Headline figures by day">
      <TableHead className="bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-3 font-medium">Day</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">Due now ready</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">Due now open</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">Later ready</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">Later open</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">Overdue</Th>
        <Th className="px-0 py-1.5 pr-3 text-right font-medium">High-risk systems</Th>
        <Th className="px-0 py-1.5 text-right font-medium">Open incidents</Th>
      </TableHead>
      <TableBody className="divide-y-0">
        {[...points].reverse().map((p) => (
          <tr key={p.day} className="border-b border-slate-100 tabular-nums last:border-0">
            <Th scope="row" className="px-0 py-1.5 pr-3 font-normal whitespace-nowrap text-slate-800">
              {formatDate(p.day)}
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
