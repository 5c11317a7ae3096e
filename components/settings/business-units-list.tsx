"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { BusinessUnitDTO } from "@/lib/dal/business-units/business-units";
import type { TMergeBusinessUnits, TRenameBusinessUnit } from "@/lib/validations/business-unit";
import { MergeUnitForm, RenameUnitForm } from "./business-unit-forms";

type Props = {
  units: BusinessUnitDTO[];
  rename: ServerAction<TRenameBusinessUnit>;
  merge: ServerAction<TMergeBusinessUnits, { moved: number }>;
  remove: ServerAction<{ unitId: string }>;
};
type Editing = { unitId: string; mode: "rename" | "merge" } | null;

// The administrator's view of the business units: counts, rename, merge one into another, delete an unused one.
export function BusinessUnitsList({ units, rename, merge, remove }: Props) {
  const t = useTranslations("BusinessUnits");
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const done = (text: string) => {
    setEditing(null);
    setMessage({ tone: "success", text });
  };
  const open = (unitId: string, mode: "rename" | "merge") => {
    setMessage(null);
    setEditing({ unitId, mode });
  };
  const del = (unit: BusinessUnitDTO) => {
    if (!window.confirm(t("confirmDelete", { name: unit.name }))) return;
    startTransition(async () => {
      const r = await remove({ unitId: unit.id });
      setMessage(
        r.ok ? { tone: "success", text: t("deleted", { name: unit.name }) } : { tone: "error", text: r.error },
      );
    });
  };
  if (units.length === 0) return <p className="px-5 py-6 text-sm text-slate-600">{t("none")}</p>;
  return (
    <div>
      {message && (
        <div className="px-5 pt-4">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      <ul className="divide-y divide-slate-200" aria-label={t("listLabel")}>
        {units.map((unit) => {
          const mode = editing?.unitId === unit.id ? editing.mode : null;
          return (
            <li key={unit.id} className="space-y-3 px-5 py-4">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-medium break-words text-slate-900">{unit.name}</p>
                  <p className="text-sm text-slate-600">{t("systems", { count: unit.systems })}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button variant="secondary" onClick={() => open(unit.id, "rename")} disabled={mode === "rename"}>
                    {t("rename")}
                    <span className="sr-only"> {unit.name}</span>
                  </Button>
                  {units.length > 1 && (
                    <Button variant="secondary" onClick={() => open(unit.id, "merge")} disabled={mode === "merge"}>
                      {t("merge")}
                      <span className="sr-only"> {unit.name}</span>
                    </Button>
                  )}
                  {unit.systems === 0 && (
                    <Button variant="ghost" className="text-red-700" disabled={pending} onClick={() => del(unit)}>
                      {t("delete")}
                      <span className="sr-only"> {unit.name}</span>
                    </Button>
                  )}
                </div>
              </div>
              {mode === "rename" && (
                <RenameUnitForm unit={unit} rename={rename} onDone={done} onCancel={() => setEditing(null)} />
              )}
              {mode === "merge" && (
                <MergeUnitForm
                  unit={unit}
                  others={units.filter((u) => u.id !== unit.id)}
                  merge={merge}
                  onDone={done}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
