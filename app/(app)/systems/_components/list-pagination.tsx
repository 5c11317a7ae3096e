"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import type { TotalKind } from "@/lib/dal/systems/system-list";
import { countPhrase, verbFor } from "@/lib/plural";
import { PAGE_SIZES, systemsHref, type SystemListQuery } from "@/lib/validations/system-list";

type Props = {
  query: SystemListQuery;
  total: number;
  totalKind: TotalKind;
  rowsOnPage: number;
  go: (c: Partial<SystemListQuery>) => void;
};

const n = (value: number) => value.toLocaleString("en-GB");

export function describeTotal(total: number, kind: TotalKind): string {
  if (kind === "estimate") return `about ${n(total)} systems`;
  if (kind === "atLeast") return `more than ${n(total)} systems`;
  return countPhrase(total, "system");
}

/** "1 system matches these filters", "12 systems match these filters", "33 systems in the inventory". */
export function describeList(total: number, kind: TotalKind, filtered: boolean): string {
  const phrase = describeTotal(total, kind).replace(/^./, (c) => c.toUpperCase());
  return `${phrase}${filtered ? ` ${verbFor(kind === "exact" ? total : 2, "match")} these filters` : " in the inventory"}`;
}

// With an exact total the last page is known; above the counting cap "Next" stays available while pages are full.
export function ListPagination({ query, total, totalKind, rowsOnPage, go }: Props) {
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const hasNext = totalKind === "exact" ? query.page < pageCount : rowsOnPage === query.pageSize;
  const of =
    totalKind === "exact" ? ` of ${n(pageCount)}` : totalKind === "estimate" ? ` of about ${n(pageCount)}` : "";
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 text-sm text-slate-700"
    >
      <span className="first-letter:uppercase">
        {describeTotal(total, totalKind)} · page {n(query.page)}
        {of}
      </span>
      <span className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          Rows per page
          <select
            value={query.pageSize}
            onChange={(e) => go({ pageSize: Number(e.target.value) })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span className="flex gap-2">
          <PageLink href={systemsHref({ ...query, page: query.page - 1 })} disabled={query.page <= 1}>
            Previous
          </PageLink>
          <PageLink href={systemsHref({ ...query, page: query.page + 1 })} disabled={!hasNext}>
            Next
          </PageLink>
        </span>
      </span>
    </nav>
  );
}

function PageLink({ href, disabled, children }: { href: string; disabled: boolean; children: ReactNode }) {
  if (disabled)
    return (
      <span aria-disabled="true" className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-500">
        {children}
      </span>
    );
  return (
    <Link
      href={href}
      scroll={false}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50"
    >
      {children}
    </Link>
  );
}
