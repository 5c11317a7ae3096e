"use client";
import type { Row, Table } from "@tanstack/react-table";
import type { SystemRowDTO } from "@/lib/dal/systems/system-list";

const box =
  "h-4 w-4 cursor-pointer accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

export function SelectAllCheckbox({ table }: { table: Table<SystemRowDTO> }) {
  return (
    <input
      type="checkbox"
      className={box}
      aria-label="Select all systems on this page"
      checked={table.getIsAllPageRowsSelected()}
      ref={(el) => {
        if (el) el.indeterminate = table.getIsSomePageRowsSelected();
      }}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  );
}

export function SelectRowCheckbox({ row }: { row: Row<SystemRowDTO> }) {
  return (
    <input
      type="checkbox"
      className={box}
      aria-label={`Select ${row.original.name}`}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
