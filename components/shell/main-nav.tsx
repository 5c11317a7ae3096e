"use client";
import {
  Bell,
  Boxes,
  ClipboardCheck,
  Code,
  Cpu,
  FileCheck,
  FileText,
  GraduationCap,
  Layers,
  LayoutDashboard,
  Scale,
  Settings,
  ShieldAlert,
  Siren,
  Truck,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const ITEMS = [
  { href: "/dashboard", label: "Dashboard", icon: LayoutDashboard },
  { href: "/systems", label: "AI systems", icon: Boxes },
  { href: "/models", label: "Models", icon: Cpu },
  { href: "/vendors", label: "Vendors", icon: Truck },
  { href: "/obligations", label: "Obligations", icon: ClipboardCheck },
  { href: "/risks", label: "Risks", icon: ShieldAlert },
  { href: "/literacy", label: "AI literacy", icon: GraduationCap },
  { href: "/standards", label: "Standards", icon: Layers },
  { href: "/policies", label: "Policies", icon: FileCheck },
  // Only for the roles that review classifications (legal, administrators): the queue of requests for review.
  { href: "/reviews", label: "Reviews", icon: Scale, reviewersOnly: true },
  { href: "/incidents", label: "Incidents", icon: Siren },
  { href: "/reports", label: "Reports", icon: FileText },
  { href: "/notifications", label: "Notifications", icon: Bell },
  { href: "/developers/api", label: "API", icon: Code },
  { href: "/settings", label: "Settings", icon: Settings },
];

export function MainNav({ unreadCount = 0, canReview = false }: { unreadCount?: number; canReview?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="px-2 pb-2 lg:px-3">
      <ul className="flex flex-col gap-1">
        {ITEMS.filter((item) => canReview || !item.reviewersOnly).map(({ href, label, icon: Icon }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  // relative: the badge's sr-only text is absolutely positioned and would otherwise escape the link
                  // and widen the whole page on a phone.
                  "relative flex items-center gap-2.5 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium",
                  active ? "bg-indigo-50 text-indigo-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                )}
              >
                <Icon aria-hidden="true" className="h-4 w-4" />
                {label}
                {href === "/notifications" && unreadCount > 0 && (
                  <span className="ml-auto rounded-full bg-indigo-700 px-1.5 py-0.5 text-xs font-semibold tabular-nums text-white">
                    {unreadCount > 99 ? "99+" : unreadCount}
                    <span className="sr-only"> unread</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
