import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

// Two links rather than a client toggle: each view has its own address, so a filtered cell can be shared. Used by a
// system's heat map and the dashboard's portfolio heat map, each passing its own two addresses.
export function ViewToggle({
  currentHref,
  inherentHref,
  inherent,
}: {
  currentHref: string;
  inherentHref: string;
  inherent: boolean;
}) {
  const t = useTranslations("RiskViewToggle");
  const item = (href: string, active: boolean, label: string) => (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className={cn(
        "px-3 py-1.5 text-sm font-medium",
        active ? "bg-indigo-700 text-white" : "bg-white text-slate-800 hover:bg-slate-50",
      )}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("label")} className="flex overflow-hidden rounded-md border border-slate-300">
      {item(currentHref, !inherent, t("current"))}
      {item(inherentHref, inherent, t("inherent"))}
    </nav>
  );
}
