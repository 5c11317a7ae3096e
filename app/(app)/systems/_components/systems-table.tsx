"use client";
import { flexRender, getCoreRowModel, useReactTable, type RowSelectionState } from "@tanstack/react-table";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { SystemRowDTO } from "@/lib/dal/systems/system-list";
import { SYSTEM_COLUMNS, type SystemListQuery } from "@/lib/validations/system-list";
import { cn } from "@/lib/utils";
import { SortHeader, sortState } from "./sort-header";
import { useSystemColumns } from "./systems-columns";

type Props = {
  rows: SystemRowDTO[];
  query: SystemListQuery;
  caption: string;
  selection: RowSelectionState;
  onSelectionChange: (next: RowSelectionState) => void;
};

// Paging, sorting and filtering happen on the server (manual*); the table only lays out one page of rows.
export function SystemsTable({ rows, query, caption, selection, onSelectionChange }: Props) {
  const systemColumns = useSystemColumns();
  const columnVisibility = Object.fromEntries(SYSTEM_COLUMNS.map((c) => [c, query.cols.includes(c)]));
  // The table instance never leaves this component, so the compiler's memoisation is not needed here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: systemColumns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: true,
    state: { rowSelection: selection, columnVisibility },
    onRowSelectionChange: (updater) => onSelectionChange(typeof updater === "function" ? updater(selection) : updater),
  });
  return (
    <Table caption={caption}>
      {/* The columns are not grouped, so there is one header row. */}
      <TableHead className="border-y font-normal">
        {table.getHeaderGroups().flatMap((group) =>
          group.headers.map((header) => (
            <Th
              key={header.id}
              className={cn("font-medium first:pl-5", header.column.id === "select" && "w-10 pr-0")}
              aria-sort={sortState(query.sort, header.column.id)}
            >
              <SortHeader columnId={header.column.id} query={query}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </SortHeader>
            </Th>
          )),
        )}
      </TableHead>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            className={cn("hover:bg-slate-50", row.getIsSelected() && "bg-indigo-50/60 hover:bg-indigo-50")}
          >
            {row.getVisibleCells().map((cell) => (
              <td
                key={cell.id}
                className={cn(
                  "px-3 py-3 align-top first:pl-5",
                  cell.column.id === "name" && "min-w-48",
                  cell.column.id === "select" && "pr-0",
                )}
              >
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
