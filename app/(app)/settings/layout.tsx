import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SettingsNav } from "./settings-nav";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const [t, language] = await Promise.all([getTranslations("SettingsNav"), getTranslations("Language")]);
  const sections = [
    { href: "/settings", label: t("organisation") },
    { href: "/settings/organisation-profile", label: t("organisationProfile") },
    { href: "/settings/business-units", label: t("businessUnits") },
    { href: "/settings/risk-scale", label: t("riskScale") },
    { href: "/settings/notifications", label: t("notifications") },
    // The Language page names its own tab (its namespace is every page's), so it reads the same as its title.
    { href: "/settings/language", label: language("navLabel") },
    { href: "/settings/webhooks", label: t("webhooks") },
    { href: "/settings/registry", label: t("registry") },
    { href: "/settings/sso", label: t("sso") },
    { href: "/settings/signing", label: t("signing") },
    { href: "/settings/data", label: t("data") },
    { href: "/settings/audit", label: t("audit") },
  ];
  return (
    <>
      <SettingsNav label={t("label")} sections={sections} />
      <div className="mt-6">{children}</div>
    </>
  );
}
