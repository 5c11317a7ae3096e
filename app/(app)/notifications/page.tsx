import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/dal/accounts/notifications";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const notifications = await listNotifications(await requireActor());
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Reminders about obligations you own, incident reporting deadlines and classifications awaiting review. Unread first."
        actions={
          <ButtonLink href="/settings/notifications" variant="secondary">
            Notification settings
          </ButtonLink>
        }
      />
      <NotificationList
        notifications={notifications}
        markRead={markNotificationReadAction}
        markAllRead={markAllNotificationsReadAction}
      />
    </>
  );
}
