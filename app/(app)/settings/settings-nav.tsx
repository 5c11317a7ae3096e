"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

// Pages that are not for the viewer's role say so themselves; the nav stays the same for everyone.
const SECTIONS = [
  { href: "/settings", label: "Organisation" },
  { href: "/settings/notifications", label: "My notifications" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/registry", label: "Model registry" },
  { href: "/settings/sso", label: "Single sign-on" },
  { href: "/settings/data", label: "Export and import" },
  { href: "/settings/audit", label: "Audit trail" },
];

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings sections" className="border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {SECTIONS.map(({ href, label }) => {
          const active = href === "/settings" ? pathname === href : pathname.startsWith(href);
          return (
            <li key={href}>
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
