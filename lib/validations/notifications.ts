import { z } from "zod";

export const NOTIFICATION_KINDS = [
  "obligation_due",
  "obligation_overdue",
  "incident_deadline",
  "review_pending",
  "review_requested",
  "review_replied",
  "risk_review_due",
  "literacy_expiring",
  "policy_published",
  "policy_approval_requested",
  "policy_acknowledgements_outstanding",
  "vendor_request",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { title: string; description: string }> = {
  obligation_due: { title: "Obligations coming due", description: "An obligation you own is due within 7 days." },
  obligation_overdue: { title: "Overdue obligations", description: "An obligation you own is past its due date." },
  incident_deadline: {
    title: "Incident reporting deadlines",
    description: "A serious incident's Art 73 report is due soon (administrators, compliance officers, legal).",
  },
  review_pending: {
    title: "Classifications awaiting review or answers",
    description:
      "Classification results marked “requires review”, and those not determined yet because a deciding question is open (legal and administrators).",
  },
  review_requested: {
    title: "Requests for legal review",
    description: "Someone asks legal to review a classification result (legal and administrators).",
  },
  review_replied: {
    title: "Replies to your review requests",
    description: "Legal answered your request, sent it back with a note, or decided on the result.",
  },
  risk_review_due: {
    title: "Risk reviews coming due",
    description:
      "A risk you own is due for review within 7 days or overdue (compliance officers, for risks nobody owns).",
  },
  literacy_expiring: {
    title: "AI-literacy trainings expiring",
    description:
      "Your training expires within 30 days or has expired; compliance officers get a daily count for the organisation.",
  },
  policy_published: {
    title: "Policies to read",
    description:
      "A new version of a policy that applies to you was published; read it and acknowledge it (reminded weekly after 14 days).",
  },
  policy_approval_requested: {
    title: "Policies to approve",
    description: "A policy version was submitted for approval (administrators and legal).",
  },
  policy_acknowledgements_outstanding: {
    title: "Policy acknowledgements outstanding",
    description:
      "A weekly list of who has not acknowledged a policy you own or approved, 14 days after it was published.",
  },
  vendor_request: {
    title: "Vendor requests",
    description: "A vendor answered or asked for more time on your request, or the request is overdue.",
  },
};

const ZChannels = z.object({ inApp: z.boolean(), email: z.boolean() });
export type Channels = z.infer<typeof ZChannels>;

// Everything shows in the app. E-mail by default only for what has a date attached or is addressed to a person (a
// request for review, legal's reply), so that nobody's inbox fills with digests they did not ask for.
export const DEFAULT_PREFS: Record<NotificationKind, Channels> = {
  obligation_due: { inApp: true, email: true },
  obligation_overdue: { inApp: true, email: true },
  incident_deadline: { inApp: true, email: true },
  review_pending: { inApp: true, email: false },
  review_requested: { inApp: true, email: true },
  review_replied: { inApp: true, email: true },
  risk_review_due: { inApp: true, email: true },
  literacy_expiring: { inApp: true, email: false },
  policy_published: { inApp: true, email: true },
  policy_approval_requested: { inApp: true, email: true },
  policy_acknowledgements_outstanding: { inApp: true, email: true },
  vendor_request: { inApp: true, email: true },
};

export const ZNotificationPrefs = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, ZChannels])) as Record<NotificationKind, typeof ZChannels>,
);
export type TNotificationPrefs = z.infer<typeof ZNotificationPrefs>;

// Stored prefs may be partial or from an older version: each kind falls back to its default on its own.
export function resolvePrefs(stored: unknown): TNotificationPrefs {
  const record = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((k) => {
      const parsed = ZChannels.safeParse(record[k]);
      return [k, parsed.success ? parsed.data : DEFAULT_PREFS[k]];
    }),
  ) as TNotificationPrefs;
}

export const ZNotificationRef = z.object({ notificationId: z.string().min(1) });
