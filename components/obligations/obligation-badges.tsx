import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/utils";
import { STATUS_LABELS, type ObligationStatusCode } from "@/lib/validations/obligation";

const STATUS_TONES: Record<ObligationStatusCode, BadgeTone> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "blue",
  DONE: "green",
  NOT_APPLICABLE: "violet",
};

export function StatusBadge({ status }: { status: ObligationStatusCode }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function appliesNow(appliesFrom: Date | string, now = new Date()): boolean {
  return new Date(appliesFrom) <= startOfTodayUtc(now);
}

// The law's date, shown as its own fact: the due date next to it is the organisation's plan.
export function AppliesBadge({ appliesFrom }: { appliesFrom: Date | string }) {
  return appliesNow(appliesFrom) ? (
    <Badge tone="amber">Applies since {formatDate(appliesFrom)}</Badge>
  ) : (
    <Badge tone="neutral">From {formatDate(appliesFrom)}</Badge>
  );
}

export function isOverdue(
  o: { dueDate: Date | string | null; status: ObligationStatusCode },
  now = new Date(),
): boolean {
  return (
    !!o.dueDate &&
    (o.status === "NOT_STARTED" || o.status === "IN_PROGRESS") &&
    new Date(o.dueDate) < startOfTodayUtc(now)
  );
}

export function DueDate({ dueDate, status }: { dueDate: Date | string | null; status: ObligationStatusCode }) {
  if (!dueDate) return <span className="text-slate-600">No due date</span>;
  if (isOverdue({ dueDate, status }))
    return <span className="font-medium text-red-800">Overdue: planned for {formatDate(dueDate)}</span>;
  return <span>Due {formatDate(dueDate)}</span>;
}
