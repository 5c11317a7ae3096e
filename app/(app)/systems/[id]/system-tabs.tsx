"use client";
import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { segment: "", label: "Overview" },
  { segment: "/classification", label: "Classification" },
  { segment: "/obligations", label: "Obligations" },
  { segment: "/risks", label: "Risks" },
  { segment: "/evidence", label: "Evidence" },
  { segment: "/documentation", label: "Documentation" },
  { segment: "/monitoring", label: "Monitoring" },
  { segment: "/activity", label: "Activity" },
  { segment: "/dossier", label: "Dossier" },
  { segment: "/deployer-pack", label: "Deployer pack" },
];

export function SystemTabs({ systemId }: { systemId: string }) {
  const pathname = usePathname();
  const base = `/systems/${systemId}`;
  const items = TABS.map(({ segment, label }) => {
    const href = `${base}${segment}`;
    // The questionnaire (/classify) belongs to the Classification tab, the edit form to the Overview.
    const active =
      segment === ""
        ? pathname === base || pathname === `${base}/edit`
        : pathname.startsWith(href) || (segment === "/classification" && pathname.startsWith(`${base}/classify`));
    return { href, label, active };
  });
  return <TabNav label="System sections" items={items} />;
}
