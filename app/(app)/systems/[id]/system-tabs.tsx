"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const TABS = [
  { segment: "", label: "Overview" },
  { segment: "/classification", label: "Classification" },
  { segment: "/obligations", label: "Obligations" },
  { segment: "/evidence", label: "Evidence" },
  { segment: "/documentation", label: "Documentation" },
  { segment: "/monitoring", label: "Monitoring" },
  { segment: "/activity", label: "Activity" },
  { segment: "/dossier", label: "Dossier" },
];

export function SystemTabs({ systemId }: { systemId: string }) {
  const pathname = usePathname();
  const base = `/systems/${systemId}`;
  return (
    <nav aria-label="System sections" className="border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {TABS.map(({ segment, label }) => {
          const href = `${base}${segment}`;
          // The questionnaire (/classify) belongs to the Classification tab, the edit form to the Overview.
          const active = segment === ""
            ? pathname === base || pathname === `${base}/edit`
            : pathname.startsWith(href) || (segment === "/classification" && pathname.startsWith(`${base}/classify`));
          return (
            <li key={label}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium",
                  active ? "border-indigo-700 text-indigo-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
