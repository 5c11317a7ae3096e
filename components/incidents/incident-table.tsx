import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { IncidentDTO } from "@/lib/dal/incidents/incidents";
import { HARM_LABELS, STATUS_LABELS, type IncidentHarmCode, type IncidentStatusCode } from "@/lib/incidents/labels";
import { formatDateTime } from "@/lib/utils";
import { ClockBadge } from "./clock-badge";

const STATUS_TONES: Record<IncidentStatusCode, "neutral" | "blue" | "violet" | "green"> = {
  DRAFT: "neutral",
  OPEN: "blue",
  INITIAL_REPORTED: "violet",
  REPORTED: "green",
  CLOSED: "neutral",
};

export function IncidentStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={STATUS_TONES[status as IncidentStatusCode] ?? "neutral"}>
      {STATUS_LABELS[status as IncidentStatusCode] ?? status}
    </Badge>
  );
}

export function IncidentTable({
  incidents,
  now,
  showSystem = true,
}: {
  incidents: IncidentDTO[];
  now: Date;
  showSystem?: boolean;
}) {
  return (
    <Table caption="Serious incidents and their reporting clocks">
      <TableHead>
        <Th className="px-5">Incident</Th>
        {showSystem && <Th>AI system</Th>}
        <Th>Harm</Th>
        <Th>Status</Th>
        <Th>Aware since</Th>
        <Th className="px-5">Reporting clock</Th>
      </TableHead>
      <TableBody>
        {incidents.map((i) => (
          <tr key={i.id} className="align-top hover:bg-slate-50">
            <td className="px-5 py-3">
              <Link
                href={`/incidents/${i.id}`}
                className="font-medium text-indigo-800 underline-offset-2 hover:underline"
              >
                {i.reference}
              </Link>
              <p className="mt-0.5 max-w-xs text-slate-700">{i.title}</p>
            </td>
            {showSystem && (
              <td className="px-3 py-3">
                <Link
                  href={`/systems/${i.systemId}/monitoring`}
                  className="text-slate-800 underline-offset-2 hover:underline"
                >
                  {i.systemName}
                </Link>
              </td>
            )}
            <td className="px-3 py-3 text-slate-700">
              {i.harm ? (
                HARM_LABELS[i.harm as IncidentHarmCode]
              ) : (
                <span className="text-slate-600">Not determined</span>
              )}
            </td>
            <td className="px-3 py-3">
              <IncidentStatusBadge status={i.status} />
            </td>
            <td className="px-3 py-3 whitespace-nowrap text-slate-700">{formatDateTime(i.awareAt)}</td>
            <td className="px-5 py-3">
              <ClockBadge incident={i} now={now} />
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
