import type { Metadata } from "next";
import { PrefsForm } from "@/components/notifications/prefs-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getMyNotificationPrefs } from "@/lib/dal/accounts/notifications";
import { mailConfigured } from "@/lib/mail/transport";
import { updateNotificationPrefsAction } from "./actions";

export const metadata: Metadata = { title: "My notifications" };

export default async function NotificationSettingsPage() {
  const prefs = await getMyNotificationPrefs(await requireActor());
  return (
    <>
      <PageHeader
        title="My notifications"
        description="Choose which notifications you get, in Actlas and by e-mail. These settings are yours and apply to this organisation only."
      />
      <Card>
        <CardHeader
          title="Notifications"
          description={
            mailConfigured()
              ? "Due dates, deadlines and pending reviews are checked every hour; requests for legal review and replies arrive as they happen. E-mails go out within a minute or two, to the address you sign in with."
              : "E-mail is not set up on this server (SMTP_URL), so notifications appear in Actlas only for now. Due dates, deadlines and pending reviews are checked every hour; requests for legal review and replies arrive as they happen."
          }
        />
        <PrefsForm prefs={prefs} save={updateNotificationPrefsAction} />
      </Card>
    </>
  );
}
