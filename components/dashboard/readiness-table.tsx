"use client";
import Link from "next/link";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { percent, type RatioRow } from "@/lib/dashboard/view-model";
import { countPhrase, verbFor } from "@/lib/plural";

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
  return (
    <Table caption={caption}>
      <TableHead className="bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-2 font-medium">{heading}</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">Done</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">Open</Th>
        <Th className="px-0 py-1.5 pr-2 text-right font-medium">Apply</Th>
        <Th className="px-0 py-1.5 text-right font-medium">Ready</Th>
      </TableHead>
      <TableBody className="divide-y-0">
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100 last:border-0 tabular-nums">
            <Th scope="row" className="px-0 py-1.5 pr-2 font-normal text-slate-800">
              {r.label}
            </Th>
            <td className="py-1.5 pr-2 text-right">
              <Count
                value={r.done}
                href={r.doneHref}
                label={`${countPhrase(r.done, "obligation")} done or not applicable: ${r.label}`}
              />
            </td>
            <td className="py-1.5 pr-2 text-right">
              <Count value={r.open} href={r.openHref} label={`${countPhrase(r.open, "obligation")} open: ${r.label}`} />
            </td>
            <td className="py-1.5 pr-2 text-right">
              <Count
                value={r.applicable}
                href={r.allHref}
                label={`${countPhrase(r.applicable, "obligation")} ${verbFor(r.applicable, "apply")}: ${r.label}`}
              />
            </td>
            <td className="py-1.5 text-right text-slate-800">{percent(r.done, r.applicable)} %</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
