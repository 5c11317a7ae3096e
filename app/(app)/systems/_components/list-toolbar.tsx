"use client";
import { Download } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { SystemFilterOptionsDTO } from "@/lib/dal/systems/system-list";
import {
  SYSTEM_COLUMNS,
  systemListSearchParams,
  type SystemColumn,
  type SystemListQuery,
} from "@/lib/validations/system-list";
import { CheckboxMenu } from "./checkbox-menu";
import { useInventoryLabels } from "./filter-labels";
import { linkClass } from "./toolbar-link";

// The bulk actions (react-hook-form, their zod schemas) load when the first row is ticked, not with the list.
const BulkBar = dynamic(() => import("./bulk-bar").then((m) => m.BulkBar), {
  loading: () => <LoadingBulkActions />,
});

function LoadingBulkActions() {
  const t = useTranslations("Inventory");
  return (
    <p className="border-y border-indigo-200 bg-indigo-50 px-5 py-3 text-sm text-indigo-950">{t("loadingBulk")}</p>
  );
}

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
export function ListToolbar({
  query,
  selected,
  canWrite,
  owners,
  summary,
  onColumns,
  onClearSelection,
  onDone,
  onError,
}: Props) {
  const t = useTranslations("Inventory");
  const labels = useInventoryLabels();
  if (selected.length === 0) {
    const columnOptions = SYSTEM_COLUMNS.map((value) => ({ value, label: labels.column(value) }));
    const exportHref = `/systems/export?${systemListSearchParams({ ...query, page: 1, cols: undefined }).toString()}`;
    return (
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 px-5 py-3">
        <p className="text-sm font-medium text-slate-800" aria-live="polite">
          {summary}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-52">
            <CheckboxMenu
              label={t("columns")}
              hideLabel
              summary={t("columnsShown", { shown: query.cols.length + 1, total: SYSTEM_COLUMNS.length + 1 })}
              options={columnOptions}
              selected={query.cols}
              onChange={onColumns}
              align="right"
            />
          </div>
          <a href={exportHref} download className={linkClass}>
            <Download aria-hidden="true" className="h-4 w-4" />
            {t("exportCsv")}
          </a>
        </div>
      </div>
    );
  }
  return (
    <BulkBar
      selected={selected}
      sort={query.sort}
      canWrite={canWrite}
      owners={owners}
      onClearSelection={onClearSelection}
      onDone={onDone}
      onError={onError}
    />
  );
}
