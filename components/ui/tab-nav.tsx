"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { cn } from "@/lib/utils";

export type TabItem = { href: string; label: string; active: boolean };

// The one underlined tab row (a system's sections, settings, the obligations views); callers decide which tab is active.
// On a phone the row stays one row: when the tabs do not fit, it scrolls sideways inside its own box rather than
// wrapping into two or three rows of chrome above the content. The tabs are links, so Tab reaches and scrolls to each
// one (axe's scrollable-region rule is met by focusable content), and the active tab is scrolled into view on arrival,
// since it may be the seventh of eight. From tablet width up the row wraps instead: longer German and French labels
// ("Betreiberpaket") no longer fit one row beside the sidebar, and a desktop row cut off at its edge gives no sign
// that it scrolls.
export function TabNav({ label, items, className }: { label: string; items: TabItem[]; className?: string }) {
  const list = useRef<HTMLUListElement>(null);
  const activeHref = items.find((i) => i.active)?.href;
  useEffect(() => {
    const row = list.current;
    const tab = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !tab) return;
    // Centre the active tab in the row, moving only the row (scrollIntoView could scroll the page as well).
    row.scrollLeft = tab.offsetLeft - (row.clientWidth - tab.offsetWidth) / 2;
  }, [activeHref]);
  return (
    <nav aria-label={label} className={cn("border-b border-slate-200", className)}>
      <ul
        ref={list}
        className="relative -mb-px flex gap-x-1 overflow-x-auto [scrollbar-width:thin] md:flex-wrap md:overflow-x-visible"
      >
        {items.map(({ href, label: text, active }) => (
          <li key={href} className="shrink-0">
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
