"use client";
import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import type { SystemFilterOptionsDTO } from "@/lib/dal/systems/system-list";
import type { SystemSort } from "@/lib/validations/system-list";
import { AssignOwnerForm, RescreenButton, SetLifecycleForm } from "./bulk-forms";
import { linkClass } from "./toolbar-link";

type Props = {
  selected: { id: string; version: number }[];
  sort: SystemSort;
  canWrite: boolean;
  owners: SystemFilterOptionsDTO["owners"];
  onClearSelection: () => void;
  onDone: (message: string) => void;
  onError: (message: string | null) => void;
};

// The selection bar: what can be done with the ticked rows. Loaded on demand by the list toolbar.
export function BulkBar({ selected, sort, canWrite, owners, onClearSelection, onDone, onError }: Props) {
  const t = useTranslations("Inventory");
  const exportSelected = `/systems/export?ids=${selected.map((s) => s.id).join(",")}&sort=${sort}`;
  return (
    <div
      role="region"
      aria-label={t("bulkActions")}
      className="flex flex-wrap items-center gap-x-5 gap-y-3 border-y border-indigo-200 bg-indigo-50 px-5 py-3"
    >
      <p className="text-sm font-semibold text-indigo-950" aria-live="polite">
        {t("selectedCount", { count: selected.length })}
      </p>
      {canWrite && <AssignOwnerForm systems={selected} owners={owners} onDone={onDone} onError={onError} />}
      {canWrite && <SetLifecycleForm systems={selected} onDone={onDone} onError={onError} />}
      {canWrite && <RescreenButton systems={selected} onDone={onDone} onError={onError} />}
      <a href={exportSelected} download className={linkClass}>
        <Download aria-hidden="true" className="h-4 w-4" />
        {t("exportSelected")}
      </a>
      <button
        type="button"
        onClick={onClearSelection}
        className="text-sm font-medium text-indigo-800 underline underline-offset-2 hover:text-indigo-950"
      >
        {t("clearSelection")}
      </button>
    </div>
  );
}
