"use client";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { segment: "", label: "overview" },
  { segment: "/classification", label: "classification" },
  { segment: "/obligations", label: "obligations" },
  { segment: "/risks", label: "risks" },
  { segment: "/evidence", label: "evidence" },
  { segment: "/documentation", label: "documentation" },
  { segment: "/monitoring", label: "monitoring" },
  { segment: "/activity", label: "activity" },
  { segment: "/dossier", label: "dossier" },
  { segment: "/deployer-pack", label: "deployerPack" },
] as const;

export function SystemTabs({ systemId }: { systemId: string }) {
  const t = useTranslations("SystemTabs");
  const pathname = usePathname();
  const base = `/systems/${systemId}`;
  const items = TABS.map(({ segment, label }) => {
    const href = `${base}${segment}`;
    // The questionnaire (/classify) belongs to the Classification tab, the edit form to the Overview.
    const active =
      segment === ""
        ? pathname === base || pathname === `${base}/edit`
        : pathname.startsWith(href) || (segment === "/classification" && pathname.startsWith(`${base}/classify`));
    return { href, label: t(label), active };
  });
  return <TabNav label={t("navLabel")} items={items} />;
}
