// The events an organisation can subscribe a webhook to. Payloads are { event, occurredAt, organizationId, data }.
// Vendor answers (issue #20, part 1) join this list when vendor requests exist.
export const WEBHOOK_EVENTS = [
  "classification.changed",
  "review.requested",
  "review.replied",
  "incident.created",
  "incident.deadline",
  "gate.changed",
  "obligations.overdue",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "classification.changed": "A system's risk tier, disposition or roles changed",
  "review.requested": "Someone asked legal to review a classification",
  "review.replied": "Legal answered a review request or sent it back",
  "incident.created": "A serious incident was recorded",
  "incident.deadline": "An incident's Art 73 report clock started, has 2 days left, is due today or is overdue",
  "gate.changed": "A system's CI gate answer changed (pass ↔ fail)",
  "obligations.overdue": "Daily digest: how many duties are overdue, and the oldest five",
};

// How a webhook's deliveries are written. GENERIC is Actlas's own signed JSON; the others are the bodies Slack's and
// Microsoft Teams' incoming webhooks accept.
export const WEBHOOK_FORMATS = ["GENERIC", "SLACK", "TEAMS"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export const WEBHOOK_FORMAT_LABELS: Record<WebhookFormat, { label: string; help: string }> = {
  GENERIC: {
    label: "Generic JSON",
    help: "Actlas's own JSON with an X-Actlas-Signature header, for your own systems and relays.",
  },
  SLACK: {
    label: "Slack",
    help: "A Slack incoming-webhook URL (https://hooks.slack.com/…): a message with a link back to Actlas.",
  },
  TEAMS: {
    label: "Microsoft Teams",
    help: "A Teams Workflows “post to a channel when a webhook request is received” URL: an Adaptive Card.",
  },
};
