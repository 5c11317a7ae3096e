import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TierOrUndeterminedBadge } from "@/components/system-badges";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ObligationListDTO } from "@/lib/dal/obligations/obligation-list";
import { formatDateIn } from "@/lib/i18n/format";
import { ruleText } from "@/lib/rules/i18n";
import {
  OBLIGATION_PAGE_SIZE,
  obligationsHref,
  type ObligationListQuery,
  type ObligationSort,
} from "@/lib/validations/obligation-list";
import { AppliesBadge, BlockingBadge, DueDate, roleLabel, StatusBadge } from "./obligation-badges";
import { ObligationCards, obligationHref } from "./obligation-cards";

export function ObligationsTable({ list, query }: { list: ObligationListDTO; query: ObligationListQuery }) {
  const t = useTranslations("ObligationList");
  const locale = useLocale();
  const { rows, total, totalCapped, hasMore } = list;
  const pageCount = Math.max(1, Math.ceil(total / OBLIGATION_PAGE_SIZE));
  const counted = totalCapped ? t("moreThan", { count: total }) : t("count", { count: total });
  const pageOf = totalCapped ? t("page", { page: query.page }) : t("pageOf", { page: query.page, pages: pageCount });
  const caption = t("caption", { pageOf });
  return (
    <>
      {rows.length === 0 ? (
        <p className="border-t border-slate-200 px-5 py-12 text-center text-sm text-slate-600">
          {query.view === "mine" ? t("emptyMine") : t("emptyFiltered")}
        </p>
      ) : (
        <>
          {/* One list per width: the table from md up, cards below (display:none hides the other from everyone). The
              narrow padding and minimum widths keep German and French, whose words and badges run longer, inside a
              1280 px window without a sideways scroll; the owner wraps rather than widening the table. */}
          <Table caption={caption} className="hidden md:block">
            <TableHead className="border-y font-normal">
              <Th className="pl-4 pr-3 font-medium">{t("colObligation")}</Th>
              <Th className="px-3 font-medium">{t("colSystem")}</Th>
              <Th className="px-3 font-medium">{t("colStatus")}</Th>
              <Th className="px-3 font-medium">{t("colOwner")}</Th>
              <Sortable query={query} field="dueDate">
                {t("colDue")}
              </Sortable>
              <Sortable query={query} field="appliesFrom">
                {t("colApplies")}
              </Sortable>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <td className="min-w-48 py-3 pl-4 pr-3 align-top">
                    <Link
                      href={obligationHref(r)}
                      className="font-medium text-indigo-800 underline-offset-2 hover:underline"
                    >
                      <span className="mr-1 font-mono text-xs">{r.article}</span> {ruleText(locale, r.title)}
                    </Link>
                    <p className="mt-0.5 text-xs text-slate-600">
                      {t("asRole", { role: roleLabel(locale, r.role) })}
                      {r.blocking && (
                        <>
                          {" "}
                          · <BlockingBadge />
                        </>
                      )}
                    </p>
                  </td>
                  <td className="min-w-36 px-3 py-3 align-top">
                    <Link
                      href={`/systems/${r.system.id}`}
                      className="text-slate-900 underline-offset-2 hover:underline"
                    >
                      {r.system.name}
                    </Link>
                    <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                      <TierOrUndeterminedBadge system={r.system} />
                      {r.system.businessUnit}
                    </p>
                  </td>
                  <td className="px-3 py-3 align-top">
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="px-3 py-3 align-top">
                    {r.owner?.name ?? <span className="text-slate-600">{t("unassigned")}</span>}
                  </td>
                  <td className="min-w-28 px-3 py-3 align-top">
                    <DueDate dueDate={r.dueDate} status={r.status} />
                  </td>
                  <td className="px-3 py-3 align-top whitespace-nowrap">
                    <AppliesBadge appliesFrom={r.appliesFrom} />
                    <span className="sr-only"> ({formatDateIn(locale, r.appliesFrom)})</span>
                  </td>
                </tr>
              ))}
            </TableBody>
          </Table>
          <ObligationCards rows={rows} label={caption} />
        </>
      )}
      <nav
        aria-label={t("pagination")}
        className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 text-sm text-slate-700"
      >
        <span>
          {counted} · {pageOf}
        </span>
        <span className="flex gap-2">
          <PageLink href={obligationsHref({ ...query, page: query.page - 1 })} disabled={query.page <= 1}>
            {t("previous")}
          </PageLink>
          <PageLink href={obligationsHref({ ...query, page: query.page + 1 })} disabled={!hasMore}>
            {t("next")}
          </PageLink>
        </span>
      </nav>
    </>
  );
}

function Sortable({
  query,
  field,
  children,
}: {
  query: ObligationListQuery;
  field: "dueDate" | "appliesFrom";
  children: ReactNode;
}) {
  const ascending = query.sort === field;
  const descending = query.sort === `-${field}`;
  const Icon = ascending ? ArrowUp : descending ? ArrowDown : ArrowUpDown;
  const next = (ascending ? `-${field}` : field) as ObligationSort;
  return (
    <Th className="px-3 font-medium" aria-sort={ascending ? "ascending" : descending ? "descending" : undefined}>
      <Link
        href={obligationsHref({ ...query, sort: next, page: undefined })}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {children}
        <Icon aria-hidden="true" className="h-3.5 w-3.5" />
      </Link>
    </Th>
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
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50"
    >
      {children}
    </Link>
  );
}
