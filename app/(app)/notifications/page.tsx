import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NotificationList } from "@/components/notifications/notification-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/dal/accounts/notifications";
import { notificationTextsForRequest } from "@/lib/notifications/text";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotificationsPage");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const [rows, t, locale] = await Promise.all([
    listNotifications(await requireActor()),
    getTranslations("NotificationsPage"),
    getLocale(),
  ]);
  // Each text in the reader's language; the message itself stays on the server.
  const notifications = (await notificationTextsForRequest(rows, locale)).map(({ message: _, ...n }) => n);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/settings/notifications" variant="secondary">
            {t("settings")}
          </ButtonLink>
        }
      />
      <ClientMessages namespaces={["NotificationList"]}>
        <NotificationList
          notifications={notifications}
          markRead={markNotificationReadAction}
          markAllRead={markAllNotificationsReadAction}
        />
      </ClientMessages>
    </>
  );
}
