"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useController } from "react-hook-form";
import { fieldError, fieldId } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldErrorText, Input, Select } from "@/components/ui/field";
import type { AddUnit, IntakeForm, UnitOption } from "./intake-form-types";
import { useIntakeFieldLabels } from "./intake-labels";

// Unit names are trimmed, so a value with a leading space can never be a unit's.
const NEW = " add new unit";

// A pick-list of the organisation's business units, so that "HR" and "Human Resources" stop splitting the charts.
// "Add new unit…" opens a small inline form (not a nested <form>: Enter adds the unit instead of saving the system);
// the server returns the existing unit when the name differs only in case, so no near-duplicate is created.
export function BusinessUnitField({
  form,
  units,
  addUnit,
}: {
  form: IntakeForm;
  units: UnitOption[];
  addUnit: AddUnit;
}) {
  const t = useTranslations("IntakeForm");
  const { field: label } = useIntakeFieldLabels();
  const { field } = useController({ control: form.control, name: "businessUnit" });
  const [options, setOptions] = useState(units);
  const [adding, setAdding] = useState(false);
  const [newName, setNewName] = useState("");
  const [addError, setAddError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const newRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement | null>(null);
  const newId = useId();
  const id = fieldId("businessUnit");
  const error = fieldError(form, "businessUnit");
  const value: string = field.value ?? "";
  // A value that is no unit (a restored draft, a unit renamed meanwhile) stays visible and is kept as typed.
  const names = options.map((u) => u.name);
  const shown = value && !names.includes(value) ? [...names, value] : names;
  const hint = t("businessUnitHint");

  const open = () => {
    setAdding(true);
    setAddError(undefined);
    setTimeout(() => newRef.current?.focus(), 0);
  };
  const close = () => {
    setAdding(false);
    setNewName("");
    setAddError(undefined);
    setTimeout(() => selectRef.current?.focus(), 0);
  };
  const add = async () => {
    setBusy(true);
    const result = await addUnit({ name: newName });
    setBusy(false);
    if (!result.ok) {
      setAddError(result.fieldErrors?.name?.[0] ?? result.error);
      newRef.current?.focus();
      return;
    }
    const unit = result.data;
    setOptions((list) =>
      list.some((u) => u.id === unit.id) ? list : [...list, unit].sort((a, b) => a.name.localeCompare(b.name)),
    );
    field.onChange(unit.name);
    close();
  };

  return (
    <div className="space-y-2">
      <Field id={id} label={label("businessUnit")} hint={hint} error={error} required>
        <Select
          id={id}
          ref={(el) => {
            selectRef.current = el;
            field.ref(el);
          }}
          name={field.name}
          value={value}
          onBlur={field.onBlur}
          onChange={(e) => (e.target.value === NEW ? open() : field.onChange(e.target.value))}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
        >
          <option value="">{t("chooseUnit")}</option>
          {shown.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value={NEW}>{t("addNewUnit")}</option>
        </Select>
      </Field>
      {adding && (
        <div className="space-y-1.5 rounded-md border border-slate-200 bg-slate-50 p-3">
          <label id={`${newId}-label`} htmlFor={newId} className="block text-sm font-medium text-slate-800">
            {t("newUnitName")}
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <Input
              ref={newRef}
              id={newId}
              value={newName}
              autoComplete="off"
              className="min-w-0 flex-1 basis-48"
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? `${newId}-error` : undefined}
              onChange={(e) => setNewName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void add();
                } else if (e.key === "Escape") {
                  e.preventDefault();
                  close();
                }
              }}
            />
            <Button type="button" onClick={() => void add()} disabled={busy}>
              {busy ? t("addingUnit") : t("addUnit")}
            </Button>
            <Button type="button" variant="ghost" onClick={close}>
              {t("cancel")}
            </Button>
          </div>
          <FieldErrorText id={newId} error={addError} />
        </div>
      )}
    </div>
  );
}
