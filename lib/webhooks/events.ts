// The events an organisation can subscribe a webhook to. Payloads are { event, occurredAt, organizationId, data }.
export const WEBHOOK_EVENTS = ["classification.changed", "incident.created", "gate.changed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "classification.changed": "A system's risk tier, disposition or roles changed",
  "incident.created": "A serious incident was recorded",
  "gate.changed": "A system's CI gate answer changed (pass ↔ fail)",
};
