// A vendor request's status, derived from its dates and items so that it can never disagree with them.

export const REQUEST_STATUSES = ["sent", "partly_answered", "answered", "overdue", "revoked", "expired"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  sent: "Sent",
  partly_answered: "Partly answered",
  answered: "Answered",
  overdue: "Overdue",
  revoked: "Link revoked",
  expired: "Link expired",
};

export type StatusInput = {
  dueDate: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  extensionUntil: Date | null;
  extensionAccepted: boolean | null;
  items: readonly { answeredAt: Date | null }[];
};

/** The due date that counts: the vendor's requested date once the requester accepted it. */
export function effectiveDueDate(r: Pick<StatusInput, "dueDate" | "extensionUntil" | "extensionAccepted">): Date {
  return r.extensionAccepted && r.extensionUntil ? r.extensionUntil : r.dueDate;
}

const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export function requestStatus(r: StatusInput, now: Date = new Date()): RequestStatus {
  const answered = r.items.filter((i) => i.answeredAt).length;
  // A finished request stays answered even after its link is revoked or expires: the answers are kept.
  if (r.items.length > 0 && answered === r.items.length) return "answered";
  if (r.revokedAt) return "revoked";
  if (r.expiresAt <= now) return "expired";
  if (effectiveDueDate(r) < startOfUtcDay(now)) return "overdue";
  return answered > 0 ? "partly_answered" : "sent";
}

/** Whether the vendor's link still works (the portal's own check). An imported request has no link (no hash). */
export const linkIsOpen = (
  r: Pick<StatusInput, "expiresAt" | "revokedAt"> & { tokenHash?: string | null },
  now: Date = new Date(),
): boolean => r.tokenHash !== null && !r.revokedAt && r.expiresAt > now;
