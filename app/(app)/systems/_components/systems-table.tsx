"use client";
import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Card } from "@/components/ui/card";
import type { SystemRowDTO } from "@/lib/dal/system-list";
import type { SystemListQuery } from "@/lib/validations/system-list";
import { cn } from "@/lib/utils";
import { SortHeader } from "./sort-header";
import { SystemsToolbar } from "./systems-toolbar";
import { systemColumns } from "./systems-columns";

export function SystemsTable({ rows, total, query }: { rows: SystemRowDTO[]; total: number; query: SystemListQuery }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const table = useReactTable({ data: rows, columns: systemColumns, getCoreRowModel: getCoreRowModel(), manualPagination: true, manualSorting: true, pageCount });

  const hrefWith = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    return `${pathname}?${next.toString()}`;
  };

  return (
    <Card>
      <SystemsToolbar q={query.q ?? ""} onSearch={(q) => router.push(hrefWith({ q: q || undefined, page: undefined }))} />
      {rows.length === 0 ? (
        <p className="px-5 py-12 text-center text-sm text-slate-600">
          {query.q ? <>No AI systems match “{query.q}”. Try another search term.</> : "No AI systems yet. Systems you add appear here."}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">AI systems, page {query.page} of {pageCount}</caption>
            <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col" className="px-4 py-2.5 font-medium" aria-sort={ariaSort(query.sort, header.column.id)}>
                      <SortHeader columnId={header.column.id} sort={query.sort} hrefWith={hrefWith}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                      </SortHeader>
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody className="divide-y divide-slate-100">
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cn("px-4 py-3 align-top", cell.column.id === "name" && "min-w-64")}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 text-sm text-slate-700">
        <span>{total.toLocaleString("en-GB")} systems · page {query.page} of {pageCount}</span>
        <span className="flex gap-2">
          <PageLink href={hrefWith({ page: String(query.page - 1) })} disabled={query.page <= 1}>Previous</PageLink>
          <PageLink href={hrefWith({ page: String(query.page + 1) })} disabled={query.page >= pageCount}>Next</PageLink>
        </span>
      </nav>
    </Card>
  );
}

function ariaSort(sort: string, columnId: string): "ascending" | "descending" | undefined {
  if (sort === columnId) return "ascending";
  if (sort === `-${columnId}`) return "descending";
  return undefined;
}

function PageLink({ href, disabled, children }: { href: string; disabled: boolean; children: React.ReactNode }) {
  if (disabled) return <span aria-disabled="true" className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-500">{children}</span>;
  return <Link href={href} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50">{children}</Link>;
}
