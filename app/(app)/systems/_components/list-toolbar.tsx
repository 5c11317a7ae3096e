"use client";
import { Download } from "lucide-react";
import type { SystemFilterOptionsDTO } from "@/lib/dal/system-list";
import { SYSTEM_COLUMNS, systemListSearchParams, type SystemColumn, type SystemListQuery } from "@/lib/validations/system-list";
import { AssignOwnerForm, RescreenButton, SetLifecycleForm } from "./bulk-forms";
import { CheckboxMenu } from "./checkbox-menu";
import { COLUMN_LABELS } from "./filter-labels";

const COLUMN_OPTIONS = SYSTEM_COLUMNS.map((value) => ({ value, label: COLUMN_LABELS[value] }));
const linkClass = "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

type Props = {
  query: SystemListQuery;
  selected: { id: string; version: number }[];
  canWrite: boolean;
  owners: SystemFilterOptionsDTO["owners"];
  summary: string;
  onColumns: (cols: SystemColumn[]) => void;
  onClearSelection: () => void;
  onDone: (message: string) => void;
  onError: (message: string | null) => void;
};

// Without a selection: what the list shows, its columns and "export as on screen". With one: the bulk actions.
// Further bulk actions (re-screening) join the selection bar's row.
export function ListToolbar({ query, selected, canWrite, owners, summary, onColumns, onClearSelection, onDone, onError }: Props) {
  if (selected.length === 0) {
    const exportHref = `/systems/export?${systemListSearchParams({ ...query, page: 1, cols: undefined }).toString()}`;
    return (
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 px-5 py-3">
        <p className="text-sm font-medium text-slate-800" aria-live="polite">{summary}</p>
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-52">
            <CheckboxMenu label="Columns" hideLabel summary={`Columns: ${query.cols.length + 1} of ${SYSTEM_COLUMNS.length + 1}`} options={COLUMN_OPTIONS} selected={query.cols} onChange={onColumns} align="right" />
          </div>
          <a href={exportHref} download className={linkClass}>
            <Download aria-hidden="true" className="h-4 w-4" />
            Export CSV
          </a>
        </div>
      </div>
    );
  }
  const exportSelected = `/systems/export?ids=${selected.map((s) => s.id).join(",")}&sort=${query.sort}`;
  return (
    <div role="region" aria-label="Bulk actions" className="flex flex-wrap items-center gap-x-5 gap-y-3 border-y border-indigo-200 bg-indigo-50 px-5 py-3">
      <p className="text-sm font-semibold text-indigo-950" aria-live="polite">{selected.length} selected</p>
      {canWrite && <AssignOwnerForm systems={selected} owners={owners} onDone={onDone} onError={onError} />}
      {canWrite && <SetLifecycleForm systems={selected} onDone={onDone} onError={onError} />}
      {canWrite && <RescreenButton systems={selected} onDone={onDone} onError={onError} />}
      <a href={exportSelected} download className={linkClass}>
        <Download aria-hidden="true" className="h-4 w-4" />
        Export selected
      </a>
      <button type="button" onClick={onClearSelection} className="text-sm font-medium text-indigo-800 underline underline-offset-2 hover:text-indigo-950">
        Clear selection
      </button>
    </div>
  );
}
