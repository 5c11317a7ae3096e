"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TotalKind } from "@/lib/dal/systems/system-list";
import { formatNumberIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { PAGE_SIZES, systemsHref, type SystemListQuery } from "@/lib/validations/system-list";

type Props = {
  query: SystemListQuery;
  total: number;
  totalKind: TotalKind;
  rowsOnPage: number;
  go: (c: Partial<SystemListQuery>) => void;
};

type Translate = ReturnType<typeof useTranslations<"Inventory">>;

/** "33 systems", "about 12,000 systems", "more than 10,000 systems". */
export function describeTotal(t: Translate, total: number, kind: TotalKind): string {
  if (kind === "estimate") return t("totalEstimate", { count: total });
  if (kind === "atLeast") return t("totalAtLeast", { count: total });
  return t("totalExact", { count: total });
}

/** "1 system matches these filters", "12 systems match these filters", "33 systems in the inventory" (lower case). */
export function describeList(t: Translate, total: number, kind: TotalKind, filtered: boolean): string {
  const phrase = describeTotal(t, total, kind);
  if (!filtered) return t("listInInventory", { total: phrase });
  return t("listMatching", { total: phrase, count: kind === "exact" ? total : 2 });
}

export const capitalise = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

// With an exact total the last page is known; above the counting cap "Next" stays available while pages are full.
export function ListPagination({ query, total, totalKind, rowsOnPage, go }: Props) {
  const t = useTranslations("Inventory");
  const locale = useLocale() as Locale;
  const n = (value: number) => formatNumberIn(locale, value);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const hasNext = totalKind === "exact" ? query.page < pageCount : rowsOnPage === query.pageSize;
  const page = n(query.page);
  const position =
    totalKind === "exact"
      ? t("pageOf", { page, pages: n(pageCount) })
      : totalKind === "estimate"
        ? t("pageOfAbout", { page, pages: n(pageCount) })
        : t("pageOnly", { page });
  return (
    <nav
      aria-label={t("pagination")}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 text-sm text-slate-700"
    >
      <span className="first-letter:uppercase">
        {describeTotal(t, total, totalKind)} · {position}
      </span>
      <span className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          {t("rowsPerPage")}
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
            {t("previous")}
          </PageLink>
          <PageLink href={systemsHref({ ...query, page: query.page + 1 })} disabled={!hasNext}>
            {t("next")}
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
