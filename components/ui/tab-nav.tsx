import Link from "next/link";
import { cn } from "@/lib/utils";

export type TabItem = { href: string; label: string; active: boolean };

// The one underlined tab row (a system's sections, settings, the obligations views); callers decide which tab is active.
// The row wraps rather than scrolls: on a phone every tab stays in sight (a scroller cut the last ones off), and no
// overflow box clips a tab's focus ring.
export function TabNav({ label, items, className }: { label: string; items: TabItem[]; className?: string }) {
  return (
    <nav aria-label={label} className={cn("border-b border-slate-200", className)}>
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {items.map(({ href, label: text, active }) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                // The row scrolls sideways, which clips anything drawn outside it: the focus ring sits inside the tab.
                "inline-block whitespace-nowrap border-b-2 px-2.5 py-2 text-sm font-medium sm:px-3 sm:py-2.5 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
                active
                  ? "border-indigo-700 text-indigo-800"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
