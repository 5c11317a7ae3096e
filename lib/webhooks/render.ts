import { describeEvent, type EventPayload } from "./message";
import { renderSlack } from "./slack";
import { renderTeams } from "./teams";
import type { WebhookFormat } from "@/lib/validations/webhook-events";
import type { Locale } from "@/lib/i18n/locales";

// The body of one delivery in its webhook's format. GENERIC is today's payload with the delivery id first, which is
// what the signature covers; Slack and Teams get a message in `locale` with a link back to `baseUrl` (the app's
// address).
export function renderDeliveryBody(
  format: WebhookFormat,
  delivery: { id: string; payload: EventPayload },
  baseUrl: string,
  locale?: Locale,
): string {
  if (format === "GENERIC") return JSON.stringify({ id: delivery.id, ...delivery.payload });
  const message = describeEvent(delivery.payload, baseUrl, locale);
  return JSON.stringify(format === "SLACK" ? renderSlack(message) : renderTeams(message));
}
