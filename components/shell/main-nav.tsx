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
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

// Labels are keys of the Nav messages.
const ITEMS = [
  { href: "/dashboard", label: "dashboard", icon: LayoutDashboard },
  { href: "/systems", label: "aiSystem", icon: Boxes },
  { href: "/models", label: "models", icon: Cpu },
  { href: "/vendors", label: "vendors", icon: Truck },
  { href: "/obligations", label: "obligations", icon: ClipboardCheck },
  { href: "/risks", label: "risks", icon: ShieldAlert },
  { href: "/literacy", label: "aiLiteracy", icon: GraduationCap },
  { href: "/standards", label: "standards", icon: Layers },
  { href: "/policies", label: "policies", icon: FileCheck },
  // Only for the roles that review classifications (legal, administrators): the queue of requests for review.
  { href: "/reviews", label: "reviews", icon: Scale, reviewersOnly: true },
  { href: "/incidents", label: "incidents", icon: Siren },
  { href: "/reports", label: "reports", icon: FileText },
  { href: "/notifications", label: "notifications", icon: Bell },
  { href: "/developers/api", label: "api", icon: Code },
  { href: "/settings", label: "settings", icon: Settings },
] as const;

export function MainNav({ unreadCount = 0, canReview = false }: { unreadCount?: number; canReview?: boolean }) {
  const t = useTranslations("Nav");
  const tShell = useTranslations("Shell");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="px-2 pb-2 lg:px-3">
      <ul className="flex flex-col gap-1">
        {ITEMS.filter((item) => canReview || !("reviewersOnly" in item)).map(({ href, label, icon: Icon }) => {
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
                {t(label)}
                {href === "/notifications" && unreadCount > 0 && (
                  <span className="ml-auto rounded-full bg-indigo-700 px-1.5 py-0.5 text-xs font-semibold tabular-nums text-white">
                    {unreadCount > 99 ? "99+" : unreadCount}
                    <span className="sr-only"> {tShell("unread")}</span>
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
