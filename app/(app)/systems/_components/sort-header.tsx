import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { SYSTEM_SORTS, systemsHref, type SystemListQuery, type SystemSort } from "@/lib/validations/system-list";

export function sortState(sort: string, columnId: string): "ascending" | "descending" | undefined {
  if (sort === columnId) return "ascending";
  if (sort === `-${columnId}`) return "descending";
  return undefined;
}

// Sorting is a link, so it can be opened in a new tab and the back button undoes it.
export function SortHeader({
  columnId,
  query,
  children,
}: {
  columnId: string;
  query: SystemListQuery;
  children: ReactNode;
}) {
  if (!(SYSTEM_SORTS as readonly string[]).includes(columnId)) return <>{children}</>;
  const state = sortState(query.sort, columnId);
  const Icon = state === "ascending" ? ArrowUp : state === "descending" ? ArrowDown : ArrowUpDown;
  const next = (state === "ascending" ? `-${columnId}` : columnId) as SystemSort;
  return (
    <Link
      href={systemsHref({ ...query, sort: next, page: 1 })}
      scroll={false}
      className="inline-flex items-center gap-1 whitespace-nowrap hover:text-slate-900"
    >
      {children}
      <Icon aria-hidden="true" className="h-3.5 w-3.5" />
    </Link>
  );
}
