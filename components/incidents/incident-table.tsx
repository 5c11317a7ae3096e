import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { IncidentDTO } from "@/lib/dal/incidents";
import { HARM_LABELS, STATUS_LABELS, type IncidentHarmCode, type IncidentStatusCode } from "@/lib/incidents/labels";
import { formatDateTime } from "@/lib/utils";
import { ClockBadge } from "./clock-badge";

const STATUS_TONES: Record<IncidentStatusCode, "neutral" | "blue" | "violet" | "green"> = {
  DRAFT: "neutral", OPEN: "blue", INITIAL_REPORTED: "violet", REPORTED: "green", CLOSED: "neutral",
};

export function IncidentStatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status as IncidentStatusCode] ?? "neutral"}>{STATUS_LABELS[status as IncidentStatusCode] ?? status}</Badge>;
}

export function IncidentTable({ incidents, now, showSystem = true }: { incidents: IncidentDTO[]; now: Date; showSystem?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-5 py-2.5">Incident</th>
            {showSystem && <th scope="col" className="px-3 py-2.5">AI system</th>}
            <th scope="col" className="px-3 py-2.5">Harm</th>
            <th scope="col" className="px-3 py-2.5">Status</th>
            <th scope="col" className="px-3 py-2.5">Aware since</th>
            <th scope="col" className="px-5 py-2.5">Reporting clock</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {incidents.map((i) => (
            <tr key={i.id} className="align-top hover:bg-slate-50">
              <td className="px-5 py-3">
                <Link href={`/incidents/${i.id}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">{i.reference}</Link>
                <p className="mt-0.5 max-w-xs text-slate-700">{i.title}</p>
              </td>
              {showSystem && <td className="px-3 py-3"><Link href={`/systems/${i.systemId}/monitoring`} className="text-slate-800 underline-offset-2 hover:underline">{i.systemName}</Link></td>}
              <td className="px-3 py-3 text-slate-700">{i.harm ? HARM_LABELS[i.harm as IncidentHarmCode] : <span className="text-slate-600">Not determined</span>}</td>
              <td className="px-3 py-3"><IncidentStatusBadge status={i.status} /></td>
              <td className="px-3 py-3 whitespace-nowrap text-slate-700">{formatDateTime(i.awareAt)}</td>
              <td className="px-5 py-3"><ClockBadge incident={i} now={now} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
