import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PrefsForm } from "@/components/notifications/prefs-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getMyNotificationPrefs } from "@/lib/dal/accounts/notifications";
import { mailConfigured } from "@/lib/mail/transport";
import { updateNotificationPrefsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotificationSettings");
  return { title: t("title") };
}

export default async function NotificationSettingsPage() {
  const [prefs, t] = await Promise.all([
    getMyNotificationPrefs(await requireActor()),
    getTranslations("NotificationSettings"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("cardTitle")} description={mailConfigured() ? t("withMail") : t("withoutMail")} />
        <ClientMessages namespaces={["NotificationPrefs"]}>
          <PrefsForm prefs={prefs} save={updateNotificationPrefsAction} />
        </ClientMessages>
      </Card>
    </>
  );
}
