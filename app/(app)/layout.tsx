import type { ReactNode } from "react";
import { NoOrganization } from "@/components/shell/no-organization";
import { AppShell } from "@/components/shell/app-shell";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/organizations";

// UX only: this layout is not the security boundary; each page and action authorises in lib/dal.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer(await requireActor());
  return <AppShell viewer={viewer}>{viewer.organization ? children : <NoOrganization />}</AppShell>;
}
