import { useLocale, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateIn } from "@/lib/i18n/format";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import type { ObligationStatusCode } from "@/lib/validations/obligation";
import { useObligationStatusLabel } from "./status-label";

const STATUS_TONES: Record<ObligationStatusCode, BadgeTone> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "blue",
  DONE: "green",
  NOT_APPLICABLE: "violet",
};

export function StatusBadge({ status }: { status: ObligationStatusCode }) {
  const label = useObligationStatusLabel();
  return <Badge tone={STATUS_TONES[status]}>{label(status)}</Badge>;
}

export function BlockingBadge() {
  const t = useTranslations("ObligationBadges");
  return <Badge tone="red">{t("blocking")}</Badge>;
}

function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function appliesNow(appliesFrom: Date | string, now = new Date()): boolean {
  return new Date(appliesFrom) <= startOfTodayUtc(now);
}

// The law's date, shown as its own fact: the due date next to it is the organisation's plan.
export function AppliesBadge({ appliesFrom }: { appliesFrom: Date | string }) {
  const t = useTranslations("ObligationBadges");
  const date = formatDateIn(useLocale(), appliesFrom);
  return appliesNow(appliesFrom) ? (
    <Badge tone="amber">{t("appliesSince", { date })}</Badge>
  ) : (
    <Badge tone="neutral">{t("appliesFrom", { date })}</Badge>
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
  const t = useTranslations("ObligationBadges");
  const locale = useLocale();
  if (!dueDate) return <span className="text-slate-600">{t("noDueDate")}</span>;
  const date = formatDateIn(locale, dueDate);
  if (isOverdue({ dueDate, status })) return <span className="font-medium text-red-800">{t("overdue", { date })}</span>;
  return <span>{t("due", { date })}</span>;
}

/**
 * The role's label in the reader's language as it sits inside a sentence ("As provider"): English and French write
 * it in lower case, German keeps its noun capitalised.
 */
export function roleLabel(locale: string, role: string): string {
  const label = ROLE_LABELS[role as Role];
  if (!label) return role;
  const text = ruleText(locale, label);
  return locale === "de" ? text : text.toLowerCase();
}
