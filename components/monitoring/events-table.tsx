import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { MonitoringEventDTO } from "@/lib/dal/monitoring/events";
import { describeReading, KIND_LABELS } from "@/lib/incidents/monitoring-obligations";
import { formatDateTime } from "@/lib/utils";
import type { MonitoringKindCode } from "@/lib/validations/monitoring";

type Props = {
  events: MonitoringEventDTO[];
  /** For people who may write risks: the new-risk form pre-filled from a breach. */
  riskHref?: (eventId: string) => string;
};

export function EventsTable({ events, riskHref }: Props) {
  if (events.length === 0) {
    return (
      <p className="px-5 py-6 text-sm text-slate-600">
        No results yet. Pipelines post evaluation, bias and drift results to{" "}
        <code className="rounded bg-slate-100 px-1">POST /api/v1/systems/&#123;id&#125;/monitoring-events</code>.
      </p>
    );
  }
  return (
    <Table caption="Recent monitoring results, newest first">
      <TableHead>
        <Th className="px-5">Observed</Th>
        <Th>Kind</Th>
        <Th>Reading</Th>
        <Th>Dataset · model</Th>
        <Th className="px-5">Result</Th>
      </TableHead>
      <TableBody>
        {events.map((e) => (
          <tr key={e.id} className={e.breached ? "bg-red-50/50" : undefined}>
            <td className="whitespace-nowrap px-5 py-2.5 text-slate-700">{formatDateTime(e.observedAt)}</td>
            <td className="px-3 py-2.5 text-slate-800">{KIND_LABELS[e.kind as MonitoringKindCode] ?? e.kind}</td>
            <td className="px-3 py-2.5 font-mono text-xs text-slate-900">{describeReading(e)}</td>
            <td className="px-3 py-2.5 text-slate-700">
              {[e.datasetRef, e.modelVersion].filter(Boolean).join(" · ") || "—"}
            </td>
            <td className="px-5 py-2.5">
              {e.breached ? <Badge tone="red">Breach</Badge> : <Badge tone="green">Within threshold</Badge>}
              {e.incidentId && (
                <Link href={`/incidents/${e.incidentId}`} className="ml-2 text-indigo-800 underline">
                  Draft incident
                </Link>
              )}
              {e.breached && riskHref && (
                <Link href={riskHref(e.id)} className="ml-2 whitespace-nowrap text-indigo-800 underline">
                  Open a linked risk
                  <span className="sr-only">{` from the breach of ${formatDateTime(e.observedAt)}`}</span>
                </Link>
              )}
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
