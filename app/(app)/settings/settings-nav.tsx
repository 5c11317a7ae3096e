"use client";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

// Pages that are not for the viewer's role say so themselves; the nav stays the same for everyone.
const SECTIONS = [
  { href: "/settings", label: "Organisation" },
  { href: "/settings/organisation-profile", label: "Organisation profile" },
  { href: "/settings/business-units", label: "Business units" },
  { href: "/settings/risk-scale", label: "Risk scale" },
  { href: "/settings/notifications", label: "My notifications" },
  { href: "/settings/language", label: null },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/registry", label: "Model registry" },
  { href: "/settings/sso", label: "Single sign-on" },
  { href: "/settings/signing", label: "Signing certificate" },
  { href: "/settings/data", label: "Export and import" },
  { href: "/settings/audit", label: "Audit trail" },
];

export function SettingsNav() {
  const t = useTranslations("Language");
  const pathname = usePathname();
  const items = SECTIONS.map(({ href, label }) => ({
    href,
    // The language tab is named in the person's language, so it can be found from any language.
    label: label ?? t("navLabel"),
    active: href === "/settings" ? pathname === href : pathname.startsWith(href),
  }));
  return <TabNav label="Settings sections" items={items} />;
}
