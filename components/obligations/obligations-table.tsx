import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { TierOrUndeterminedBadge } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ObligationListDTO } from "@/lib/dal/obligations/obligation-list";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { formatDate } from "@/lib/utils";
import {
  OBLIGATION_PAGE_SIZE,
  obligationsHref,
  type ObligationListQuery,
  type ObligationSort,
} from "@/lib/validations/obligation-list";
import { AppliesBadge, DueDate, StatusBadge } from "./obligation-badges";
import { ObligationCards, obligationHref } from "./obligation-cards";
import { countPhrase } from "@/lib/plural";

export function ObligationsTable({ list, query }: { list: ObligationListDTO; query: ObligationListQuery }) {
  const { rows, total, totalCapped, hasMore } = list;
  const pageCount = Math.max(1, Math.ceil(total / OBLIGATION_PAGE_SIZE));
  const counted = totalCapped
    ? `More than ${total.toLocaleString("en-GB")} obligations`
    : countPhrase(total, "obligation");
  const caption = `Obligations, page ${query.page}${totalCapped ? "" : ` of ${pageCount}`}`;
  return (
    <>
      {rows.length === 0 ? (
        <p className="border-t border-slate-200 px-5 py-12 text-center text-sm text-slate-600">
          {query.view === "mine"
            ? "Nothing open is assigned to you. Well done — or ask for work."
            : "No obligations match these filters. Clear a filter to see more."}
        </p>
      ) : (
        <>
          {/* One list per width: the table from md up, cards below (display:none hides the other from everyone). */}
          <Table caption={caption} className="hidden md:block">
            <TableHead className="border-y font-normal">
              <Th className="px-4 font-medium">Obligation</Th>
              <Th className="px-4 font-medium">AI system</Th>
              <Th className="px-4 font-medium">Status</Th>
              <Th className="px-4 font-medium">Owner</Th>
              <Sortable query={query} field="dueDate">
                Due
              </Sortable>
              <Sortable query={query} field="appliesFrom">
                Applies
              </Sortable>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <td className="min-w-60 px-4 py-3 align-top">
                    <Link
                      href={obligationHref(r)}
                      className="font-medium text-indigo-800 underline-offset-2 hover:underline"
                    >
                      <span className="mr-1 font-mono text-xs">{r.article}</span> {r.title}
                    </Link>
                    <p className="mt-0.5 text-xs text-slate-600">
                      As {ROLE_LABELS[r.role as Role]?.toLowerCase() ?? r.role}
                      {r.blocking && (
                        <>
                          {" "}
                          · <Badge tone="red">Blocking</Badge>
                        </>
                      )}
                    </p>
                  </td>
                  <td className="min-w-40 px-4 py-3 align-top">
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
                  <td className="px-4 py-3 align-top">
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="px-4 py-3 align-top whitespace-nowrap">
                    {r.owner?.name ?? <span className="text-slate-600">Unassigned</span>}
                  </td>
                  <td className="min-w-32 px-4 py-3 align-top">
                    <DueDate dueDate={r.dueDate} status={r.status} />
                  </td>
                  <td className="px-4 py-3 align-top whitespace-nowrap">
                    <AppliesBadge appliesFrom={r.appliesFrom} />
                    <span className="sr-only"> ({formatDate(r.appliesFrom)})</span>
                  </td>
                </tr>
              ))}
            </TableBody>
          </Table>
          <ObligationCards rows={rows} label={caption} />
        </>
      )}
      <nav
        aria-label="Pagination"
        className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 text-sm text-slate-700"
      >
        <span>
          {counted} · page {query.page}
          {totalCapped ? "" : ` of ${pageCount}`}
        </span>
        <span className="flex gap-2">
          <PageLink href={obligationsHref({ ...query, page: query.page - 1 })} disabled={query.page <= 1}>
            Previous
          </PageLink>
          <PageLink href={obligationsHref({ ...query, page: query.page + 1 })} disabled={!hasMore}>
            Next
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
    <Th className="px-4 font-medium" aria-sort={ascending ? "ascending" : descending ? "descending" : undefined}>
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
