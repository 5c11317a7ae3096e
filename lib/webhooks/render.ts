import { describeEvent, type EventPayload } from "./message";
import { renderSlack } from "./slack";
import { renderTeams } from "./teams";
import type { WebhookFormat } from "@/lib/validations/webhook-events";

// The body of one delivery in its webhook's format. GENERIC is today's payload with the delivery id first, which is
// what the signature covers; Slack and Teams get a message with a link back to `baseUrl` (the app's address).
export function renderDeliveryBody(
  format: WebhookFormat,
  delivery: { id: string; payload: EventPayload },
  baseUrl: string,
): string {
  if (format === "GENERIC") return JSON.stringify({ id: delivery.id, ...delivery.payload });
  const message = describeEvent(delivery.payload, baseUrl);
  return JSON.stringify(format === "SLACK" ? renderSlack(message) : renderTeams(message));
}
