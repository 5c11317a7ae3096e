import Link from "next/link";
import { cn } from "@/lib/utils";

// Two links rather than a client toggle: each view has its own address, so a filtered cell can be shared.
export function ViewToggle({ base, inherent }: { base: string; inherent: boolean }) {
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
    <nav aria-label="Heat map view" className="flex overflow-hidden rounded-md border border-slate-300">
      {item(base, !inherent, "Current")}
      {item(`${base}?view=inherent`, inherent, "Inherent")}
    </nav>
  );
}
