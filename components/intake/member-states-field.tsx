"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useController } from "react-hook-form";
import { fieldError, fieldId } from "@/components/forms/form-field";
import { FieldGroup } from "@/components/ui/field";
import { EU_MEMBER_STATES, type MemberStateCode } from "@/lib/validations/system-fields";
import type { IntakeForm } from "./intake-form-types";
import { useIntakeFieldLabels } from "./intake-labels";
import { useIntakeOptionLabels } from "./option-labels";

const ALL = Object.keys(EU_MEMBER_STATES) as MemberStateCode[];
const box =
  "h-4 w-4 shrink-0 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

// 27 checkboxes in alphabetical order, with one "all" box on top that shows a mixed state for a partial choice.
export function MemberStatesField({ form }: { form: IntakeForm }) {
  const t = useTranslations("IntakeForm");
  const locale = useLocale();
  const { field: label } = useIntakeFieldLabels();
  const options = useIntakeOptionLabels();
  // Alphabetical in the reader's language: "Deutschland" sits among the D's, "Germany" among the G's.
  const states = ALL.map((code) => [code, options.memberState(code)] as const).sort((a, b) =>
    a[1].localeCompare(b[1], locale),
  );
  const { field } = useController({ control: form.control, name: "memberStates" });
  const selected: string[] = field.value ?? [];
  const allRef = useRef<HTMLInputElement>(null);
  const count = selected.length;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = count > 0 && count < ALL.length;
  }, [count]);
  const id = fieldId("memberStates");
  const error = fieldError(form, "memberStates");
  const set = (next: string[]) => field.onChange(ALL.filter((code) => next.includes(code)));
  return (
    <FieldGroup id={id} legend={label("memberStates")} required error={error} hint={t("memberStatesHint")}>
      <div className="rounded-md border border-slate-200">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-3 py-2">
          <label className="flex items-center gap-2.5 text-sm font-medium text-slate-900">
            <input
              ref={(el) => {
                allRef.current = el;
                field.ref(el);
              }}
              type="checkbox"
              className={box}
              checked={count === ALL.length}
              onChange={(e) => set(e.target.checked ? ALL : [])}
              onBlur={field.onBlur}
            />
            {t("allMemberStates")}
          </label>
          <span className="text-xs text-slate-600" aria-live="polite">
            {t("memberStatesSelected", { count })}
          </span>
        </div>
        <div className="grid grid-cols-2 gap-x-4 gap-y-1 px-3 py-3 sm:grid-cols-3 lg:grid-cols-4">
          {states.map(([code, name]) => (
            <label
              key={code}
              className="flex items-center gap-2 rounded px-1 py-1 text-sm text-slate-900 hover:bg-slate-50"
            >
              <input
                type="checkbox"
                className={box}
                value={code}
                checked={selected.includes(code)}
                onChange={(e) => set(e.target.checked ? [...selected, code] : selected.filter((c) => c !== code))}
                onBlur={field.onBlur}
              />
              {name}
            </label>
          ))}
        </div>
      </div>
    </FieldGroup>
  );
}
