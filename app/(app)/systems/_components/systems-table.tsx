"use client";
import { useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { SystemRowDTO } from "@/lib/dal/systems/system-list";
import { SYSTEM_COLUMNS, type SystemListQuery } from "@/lib/validations/system-list";
import { cn } from "@/lib/utils";
import { useInventoryLabels } from "./filter-labels";
import { SelectAllCheckbox, SelectRowCheckbox } from "./select-checkboxes";
import { SortHeader, sortState } from "./sort-header";
import { useSystemCells } from "./systems-columns";

/** Ticked rows by system id. */
export type RowSelection = Record<string, boolean>;

type Props = {
  rows: SystemRowDTO[];
  query: SystemListQuery;
  caption: string;
  selection: RowSelection;
  onSelectionChange: (next: RowSelection) => void;
};

// One list for every width, so the server renders each row once: from md up a table; below md (seven columns cannot
// fit) each row is laid out as a card by CSS alone (.table-cards in app/globals.css), the name and tier across it and
// every other chosen column as a "label value" line, without the header row and the selection boxes.
const CELL = "px-3 py-3 align-top first:pl-5";

export function SystemsTable({ rows, query, caption, selection, onSelectionChange }: Props) {
  const t = useTranslations("Inventory");
  const labels = useInventoryLabels();
  const cells = useSystemCells();
  const columns = SYSTEM_COLUMNS.filter((c) => query.cols.includes(c));
  const ticked = rows.filter((r) => selection[r.id]).length;
  const selectAll = (on: boolean) => onSelectionChange(on ? Object.fromEntries(rows.map((r) => [r.id, true])) : {});
  const selectRow = (id: string, on: boolean) => {
    const next = { ...selection };
    if (on) next[id] = true;
    else delete next[id];
    onSelectionChange(next);
  };
  return (
    <Table
      caption={caption}
      explicitRoles
      tableClassName="table-cards"
      className="max-md:border-t max-md:border-slate-200"
    >
      {/* The columns are not grouped, so there is one header row. */}
      <TableHead className="border-y font-normal">
        <Th className="w-10 pr-0 pl-5" role="columnheader">
          <SelectAllCheckbox
            checked={rows.length > 0 && ticked === rows.length}
            indeterminate={ticked > 0 && ticked < rows.length}
            onChange={selectAll}
          />
        </Th>
        {(["name", ...columns] as const).map((id) => (
          <Th key={id} role="columnheader" className="font-medium" aria-sort={sortState(query.sort, id)}>
            <SortHeader columnId={id} query={query}>
              {id === "name" ? t("columnName") : labels.column(id)}
            </SortHeader>
          </Th>
        ))}
      </TableHead>
      <TableBody role="rowgroup">
        {rows.map((row) => (
          <tr
            key={row.id}
            role="row"
            className={cn("hover:bg-slate-50", selection[row.id] && "bg-indigo-50/60 hover:bg-indigo-50")}
          >
            <td role="cell" className={cn(CELL, "pr-0 max-md:hidden")}>
              <SelectRowCheckbox
                name={row.name}
                checked={!!selection[row.id]}
                onChange={(on) => selectRow(row.id, on)}
              />
            </td>
            <td role="cell" className={cn(CELL, "min-w-48")}>
              {cells.name(row)}
            </td>
            {columns.map((column) => (
              <td key={column} role="cell" className={CELL} data-fact={column === "tier" ? undefined : ""}>
                {column !== "tier" && <span className="text-slate-600 md:hidden">{labels.column(column)}</span>}
                {cells[column](row)}
              </td>
            ))}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
