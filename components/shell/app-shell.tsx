import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ViewerDTO } from "@/lib/dal/accounts/organizations";
import { can } from "@/lib/access/permissions";
import { roleLabels } from "@/components/i18n/role-labels";
import { Logo } from "./logo";
import { MainNav } from "./main-nav";
import { MenuPanel } from "./menu-panel";
import { OrganizationSwitcher, type SwitchOrganization } from "./organization-switcher";
import { SignOutButton } from "./sign-out-button";

type Props = { viewer: ViewerDTO; unreadCount?: number; switchOrganization: SwitchOrganization; children: ReactNode };

export async function AppShell({ viewer, unreadCount = 0, switchOrganization, children }: Props) {
  const [t, roles] = await Promise.all([getTranslations("Shell"), roleLabels()]);
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow"
      >
        {t("skipToMain")}
      </a>
      {/* Below lg a 56 px top bar that stays in reach; from lg up the full-height sidebar. */}
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white lg:flex lg:h-screen lg:flex-col lg:border-b-0 lg:border-r">
        <MenuPanel brand={<Logo />} unread={unreadCount}>
          <div className="px-4 pb-3 lg:px-3">
            <OrganizationSwitcher
              current={viewer.organization}
              organizations={viewer.organizations}
              switchTo={switchOrganization}
            />
          </div>
          <MainNav unreadCount={unreadCount} canReview={!!viewer.role && can(viewer.role, "classification.review")} />
          <div className="mt-auto border-t border-slate-200 px-5 py-4">
            <p className="truncate text-sm font-medium text-slate-900">{viewer.user.name}</p>
            <p className="truncate text-xs text-slate-600">{viewer.user.email}</p>
            {viewer.role && <p className="mt-1 text-xs text-slate-600">{roles[viewer.role]}</p>}
            <SignOutButton className="mt-3 w-full" />
          </div>
        </MenuPanel>
      </header>
      <div className="min-w-0">
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8 lg:px-10">
          {children}
        </main>
      </div>
    </div>
  );
}
