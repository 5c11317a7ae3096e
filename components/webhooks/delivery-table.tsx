import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { WebhookDeliveryDTO } from "@/lib/dal/webhooks";
import { formatDateTime } from "@/lib/utils";

const STATUS: Record<WebhookDeliveryDTO["status"], { label: string; tone: BadgeTone }> = {
  DELIVERED: { label: "Delivered", tone: "green" },
  PENDING: { label: "Pending", tone: "amber" },
  FAILED: { label: "Failed", tone: "red" },
};

export function DeliveryTable({ deliveries, label }: { deliveries: WebhookDeliveryDTO[]; label: string }) {
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">No deliveries yet.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full text-sm">
        <caption className="sr-only">{label}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">Event</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Attempts</th>
            <th scope="col" className="px-3 py-2">Last answer</th>
            <th scope="col" className="px-3 py-2">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((d) => (
            <tr key={d.id}>
              <td className="px-3 py-2 font-mono text-xs text-slate-900">{d.event}</td>
              <td className="px-3 py-2">
                <Badge tone={STATUS[d.status].tone}>{STATUS[d.status].label}</Badge>
                {d.status === "PENDING" && d.attempts > 0 && <span className="ml-2 text-xs text-slate-600">retry {formatDateTime(d.nextAttemptAt)}</span>}
              </td>
              <td className="px-3 py-2 tabular-nums text-slate-700">{d.attempts}</td>
              <td className="px-3 py-2 text-slate-700">{d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : d.lastError || "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatDateTime(d.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
