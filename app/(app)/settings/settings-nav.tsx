"use client";
import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

export type SettingsSection = { href: string; label: string };

// Pages that are not for the viewer's role say so themselves; the nav stays the same for everyone. The labels come
// translated from the layout, so the tab bar adds no namespace to every settings page's payload.
export function SettingsNav({ label, sections }: { label: string; sections: SettingsSection[] }) {
  const pathname = usePathname();
  const items = sections.map(({ href, label: text }) => ({
    href,
    label: text,
    active: href === "/settings" ? pathname === href : pathname.startsWith(href),
  }));
  return <TabNav label={label} items={items} />;
}
