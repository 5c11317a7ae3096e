import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { WebhookDeliveryDTO } from "@/lib/dal/integrations/webhooks";
import { formatDateTime } from "@/lib/utils";

const STATUS: Record<WebhookDeliveryDTO["status"], { label: string; tone: BadgeTone }> = {
  DELIVERED: { label: "Delivered", tone: "green" },
  PENDING: { label: "Pending", tone: "amber" },
  FAILED: { label: "Failed", tone: "red" },
};

export function DeliveryTable({ deliveries, label }: { deliveries: WebhookDeliveryDTO[]; label: string }) {
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">No deliveries yet.</p>;
  return (
    <Table caption={label} className="rounded-md border border-slate-200">
      <TableHead className="border-b-0">
        <Th className="py-2">Event</Th>
        <Th className="py-2">Status</Th>
        <Th className="py-2">Attempts</Th>
        <Th className="py-2">Last answer</Th>
        <Th className="py-2">Created</Th>
      </TableHead>
      <TableBody>
        {deliveries.map((d) => (
          <tr key={d.id}>
            <td className="px-3 py-2 font-mono text-xs text-slate-900">{d.event}</td>
            <td className="px-3 py-2">
              <Badge tone={STATUS[d.status].tone}>{STATUS[d.status].label}</Badge>
              {d.status === "PENDING" && d.attempts > 0 && (
                <span className="ml-2 text-xs text-slate-600">retry {formatDateTime(d.nextAttemptAt)}</span>
              )}
            </td>
            <td className="px-3 py-2 tabular-nums text-slate-700">{d.attempts}</td>
            <td className="px-3 py-2 text-slate-700">
              {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : d.lastError || "—"}
            </td>
            <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatDateTime(d.createdAt)}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
