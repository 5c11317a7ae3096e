"use client";
import { useTranslations } from "next-intl";
import type { WebhookDeliveryDTO } from "@/lib/dal/integrations/webhooks";
import type { WebhookEvent, WebhookFormat } from "@/lib/validations/webhook-events";

// The English labels in lib/validations/webhook-events stay for the API; people read these.
const FORMAT_KEY = {
  GENERIC: { label: "formatGeneric", help: "formatGenericHelp" },
  SLACK: { label: "formatSlack", help: "formatSlackHelp" },
  TEAMS: { label: "formatTeams", help: "formatTeamsHelp" },
} as const satisfies Record<WebhookFormat, { label: string; help: string }>;

const EVENT_KEY = {
  "classification.changed": "eventClassification",
  "review.requested": "eventReviewRequested",
  "review.replied": "eventReviewReplied",
  "incident.created": "eventIncidentCreated",
  "incident.deadline": "eventIncidentDeadline",
  "gate.changed": "eventGate",
  "obligations.overdue": "eventOverdue",
} as const satisfies Record<WebhookEvent, string>;

const STATUS_KEY = {
  DELIVERED: "statusDelivered",
  PENDING: "statusPending",
  FAILED: "statusFailed",
} as const satisfies Record<WebhookDeliveryDTO["status"], string>;

/** Format, event and delivery-status names in the reader's language. */
export function useWebhookLabels() {
  const t = useTranslations("Webhooks");
  return {
    format: (format: WebhookFormat) => t(FORMAT_KEY[format].label),
    formatHelp: (format: WebhookFormat) => t(FORMAT_KEY[format].help),
    event: (event: WebhookEvent) => t(EVENT_KEY[event]),
    status: (status: WebhookDeliveryDTO["status"]) => t(STATUS_KEY[status]),
  };
}
