import type { ReactNode } from "react";
import { NoOrganization } from "@/components/shell/no-organization";
import { AppShell } from "@/components/shell/app-shell";
import { SearchShortcut } from "@/components/shell/search-shortcut";
import { requireActor } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/dal/accounts/notifications";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { createOrganizationAction, switchOrganizationAction } from "./actions";

// UX only: this layout is not the security boundary; each page and action authorises in lib/dal.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // Side by side: the badge must not add a round trip to every page. Without a membership there is no inbox.
  const [viewer, unreadCount] = await Promise.all([
    getViewer(actor),
    actor.organizationId ? countUnreadNotifications(actor).catch(() => 0) : 0,
  ]);
  return (
    <AppShell viewer={viewer} unreadCount={unreadCount} switchOrganization={switchOrganizationAction}>
      <SearchShortcut />
      {viewer.organization ? children : <NoOrganization create={createOrganizationAction} />}
    </AppShell>
  );
}
