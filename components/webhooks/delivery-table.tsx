"use client";
import { useLocale, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { WebhookDeliveryDTO } from "@/lib/dal/integrations/webhooks";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useWebhookLabels } from "./use-webhook-labels";

const TONE: Record<WebhookDeliveryDTO["status"], BadgeTone> = { DELIVERED: "green", PENDING: "amber", FAILED: "red" };

export function DeliveryTable({ deliveries, label }: { deliveries: WebhookDeliveryDTO[]; label: string }) {
  const t = useTranslations("Webhooks");
  const labels = useWebhookLabels();
  const locale = useLocale() as Locale;
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">{t("noDeliveries")}</p>;
  return (
    <Table caption={label} className="rounded-md border border-slate-200">
      <TableHead className="border-b-0">
        <Th className="py-2">{t("event")}</Th>
        <Th className="py-2">{t("status")}</Th>
        <Th className="py-2">{t("attempts")}</Th>
        <Th className="py-2">{t("lastAnswer")}</Th>
        <Th className="py-2">{t("created")}</Th>
      </TableHead>
      <TableBody>
        {deliveries.map((d) => (
          <tr key={d.id}>
            <td className="px-3 py-2 font-mono text-xs text-slate-900">{d.event}</td>
            <td className="px-3 py-2">
              <Badge tone={TONE[d.status]}>{labels.status(d.status)}</Badge>
              {d.status === "PENDING" && d.attempts > 0 && (
                <span className="ml-2 text-xs text-slate-600">
                  {t("retry", { time: formatDateTimeIn(locale, d.nextAttemptAt) })}
                </span>
              )}
            </td>
            <td className="px-3 py-2 tabular-nums text-slate-700">{d.attempts}</td>
            <td className="px-3 py-2 text-slate-700">
              {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : d.lastError || "—"}
            </td>
            <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatDateTimeIn(locale, d.createdAt)}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
