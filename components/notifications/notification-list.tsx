"use client";
import { AlarmClock, CalendarClock, Gavel, Siren, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { NotificationDTO } from "@/lib/dal/accounts/notifications";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { cn } from "@/lib/utils";

const ICONS: Record<string, LucideIcon> = {
  obligation_due: CalendarClock,
  obligation_overdue: AlarmClock,
  incident_deadline: Siren,
  review_pending: Gavel,
};

type Props = {
  notifications: Omit<NotificationDTO, "message">[];
  markRead: ServerAction<{ notificationId: string }>;
  markAllRead: ServerAction<Record<string, never>>;
};

export function NotificationList({ notifications, markRead, markAllRead }: Props) {
  const t = useTranslations("NotificationList");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const unread = notifications.filter((n) => !n.readAt).length;
  const run = (action: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      const r = await action();
      setError(r.ok ? null : (r.error ?? null));
    });
  return (
    <Card>
      <CardHeader
        title={unread === 0 ? t("allCaughtUp") : t("unread", { count: unread })}
        description={notifications.length === 0 ? undefined : t("description")}
        actions={
          unread > 0 ? (
            <Button variant="secondary" disabled={pending} onClick={() => run(() => markAllRead({}))}>
              {t("markAllRead")}
            </Button>
          ) : undefined
        }
      />
      {error && (
        <div className="px-5 pt-4">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {notifications.length === 0 ? (
        <p className="px-5 py-10 text-center text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t("label")}>
          {notifications.map((n) => {
            const Icon = ICONS[n.kind] ?? CalendarClock;
            return (
              <li key={n.id} className={cn("flex items-start gap-4 px-5 py-4", !n.readAt && "bg-indigo-50/40")}>
                <Icon
                  aria-hidden="true"
                  className={cn(
                    "mt-0.5 h-5 w-5 shrink-0",
                    n.kind === "obligation_overdue" || n.kind === "incident_deadline"
                      ? "text-red-700"
                      : "text-indigo-700",
                  )}
                />
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2">
                    {n.href ? (
                      <Link
                        href={n.href}
                        className="font-medium text-slate-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                      >
                        {n.title}
                      </Link>
                    ) : (
                      <span className="font-medium text-slate-900">{n.title}</span>
                    )}
                    {!n.readAt && <Badge tone="blue">{t("unreadBadge")}</Badge>}
                  </p>
                  {n.body && <p className="mt-1 text-sm text-slate-700">{n.body}</p>}
                  <p className="mt-1 text-xs text-slate-600">{formatDateTimeIn(locale, n.createdAt)}</p>
                </div>
                {!n.readAt && (
                  <Button
                    variant="ghost"
                    disabled={pending}
                    onClick={() => run(() => markRead({ notificationId: n.id }))}
                  >
                    {t("markRead")}
                    <span className="sr-only">: {n.title}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
