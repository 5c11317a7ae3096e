"use client";
import { useTranslations } from "next-intl";
import { get, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { describedBy, Field, Select } from "@/components/ui/field";

type Props<I extends FieldValues> = {
  form: UseFormReturn<I>;
  members: { userId: string; name: string }[];
  evidence: { id: string; title: string }[];
  systemId: string;
  completeLabel: string;
  // Read-only viewers are not sent to a page where they could not add evidence either.
  readOnly: boolean;
};

// Owner, linked evidence and the completeness marker: the same for every legal record.
export function RecordMetaFields<I extends FieldValues>({
  form,
  members,
  evidence,
  systemId,
  completeLabel,
  readOnly,
}: Props<I>) {
  const t = useTranslations("LegalForm");
  const errors = form.formState.errors;
  const ownerError = (get(errors, "ownerId") as { message?: string } | undefined)?.message;
  const evidenceError = (get(errors, "evidenceIds") as { message?: string } | undefined)?.message;
  const selected = (form.watch("evidenceIds" as Path<I>) ?? []) as string[];
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((x) => x !== id);
    form.setValue("evidenceIds" as Path<I>, next as PathValue<I, Path<I>>, { shouldDirty: true });
  };
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-5">
        <Field id="legal-owner" label={t("owner")} error={ownerError} hint={t("ownerHint")}>
          <Select
            id="legal-owner"
            aria-invalid={ownerError ? true : undefined}
            aria-describedby={describedBy("legal-owner", ownerError, t("ownerHint"))}
            {...form.register("ownerId" as Path<I>)}
          >
            <option value="">{t("unassigned")}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex items-start gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          <input
            id="legal-complete"
            type="checkbox"
            className="mt-0.5 size-4 accent-indigo-700"
            {...form.register("complete" as Path<I>)}
          />
          <label htmlFor="legal-complete" className="text-sm text-slate-800">
            <span className="font-medium">{t("complete")}</span>
            <span className="block text-slate-600">{completeLabel}</span>
          </label>
        </div>
      </div>
      <fieldset className="space-y-2" aria-describedby={evidenceError ? "legal-evidence-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("linkedEvidence")}</legend>
        {evidence.length === 0 ? (
          <p className="text-sm text-slate-600">
            {readOnly
              ? t("noEvidence")
              : t.rich("noEvidenceAdd", {
                  link: (chunks) => (
                    <a href={`/systems/${systemId}/evidence`} className="font-medium text-indigo-800 underline">
                      {chunks}
                    </a>
                  ),
                })}
          </p>
        ) : (
          <ul className="max-h-48 space-y-1.5 overflow-y-auto rounded-md border border-slate-200 p-3">
            {evidence.map((e) => (
              <li key={e.id} className="flex items-center gap-2 text-sm">
                <input
                  id={`legal-evidence-${e.id}`}
                  type="checkbox"
                  className="size-4 accent-indigo-700"
                  checked={selected.includes(e.id)}
                  onChange={(ev) => toggle(e.id, ev.target.checked)}
                />
                <label htmlFor={`legal-evidence-${e.id}`} className="text-slate-800">
                  {e.title}
                </label>
              </li>
            ))}
          </ul>
        )}
        {evidenceError && (
          <p id="legal-evidence-error" role="alert" className="text-sm font-medium text-red-700">
            {evidenceError}
          </p>
        )}
      </fieldset>
    </div>
  );
}
