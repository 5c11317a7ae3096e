"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import { REPORTING_DAYS } from "@/lib/incidents/clock";
import { HARM_ARTICLES, INCIDENT_HARMS } from "@/lib/incidents/labels";
import type { TIncidentInput } from "@/lib/validations/incidents";
import { useIncidentLabels } from "./incident-labels";

type Values = Omit<TIncidentInput, "systemId">;

// The field names the error summary links to, as message keys of IncidentForm.
const FIELD_LABEL_KEY = {
  systemId: "summarySystem",
  status: "summaryStatus",
  title: "summaryTitle",
  harm: "summaryHarm",
  occurredAt: "summaryOccurred",
  awareAt: "summaryAware",
  description: "summaryDescription",
  affectedPersons: "summaryAffectedPersons",
  correctiveActions: "summaryCorrectiveActions",
  memberState: "summaryMemberState",
  authority: "summaryAuthority",
} as const;

/** A field's name for the error summary, in the reader's language. */
export function useIncidentFieldLabel(): (name: string) => string {
  const t = useTranslations("IncidentForm");
  return (name) => (name in FIELD_LABEL_KEY ? t(FIELD_LABEL_KEY[name as keyof typeof FIELD_LABEL_KEY]) : name);
}

// The fields shared by "record an incident" and "edit"; times are entered and shown in UTC, as the deadline is.
export function IncidentFields<I extends Values>({
  form,
  showStatus = true,
}: {
  form: UseFormReturn<I>;
  showStatus?: boolean;
}) {
  // Both forms (record, edit) hold these fields under the same names; the narrower view keeps the field names checked.
  const f = form as unknown as UseFormReturn<Values>;
  const t = useTranslations("IncidentForm");
  const labels = useIncidentLabels();
  const harmOptions = INCIDENT_HARMS.map(
    (h) =>
      [
        h,
        t("harmOption", { harm: labels.harm(h), days: REPORTING_DAYS[h], article: HARM_ARTICLES[h].split(";")[0]! }),
      ] as const,
  );
  return (
    <div className="space-y-5">
      <InputField form={f} name="title" label={t("title")} required hint={t("titleHint")} />
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          form={f}
          name="harm"
          label={t("harm")}
          options={harmOptions}
          placeholder={t("harmPlaceholder")}
          hint={t("harmHint")}
        />
        {showStatus && (
          <SelectField
            form={f}
            name="status"
            label={t("status")}
            options={[
              ["OPEN", t("statusOpen")],
              ["DRAFT", t("statusDraft")],
            ]}
            placeholder={t("statusPlaceholder")}
          />
        )}
        <InputField form={f} name="awareAt" type="datetime-local" label={t("aware")} hint={t("awareHint")} />
        <InputField form={f} name="occurredAt" type="datetime-local" label={t("occurred")} hint={t("occurredHint")} />
      </div>
      <TextareaField form={f} name="description" label={t("description")} rows={5} hint={t("descriptionHint")} />
      <TextareaField
        form={f}
        name="affectedPersons"
        label={t("affectedPersons")}
        rows={3}
        hint={t("affectedPersonsHint")}
      />
      <TextareaField
        form={f}
        name="correctiveActions"
        label={t("correctiveActions")}
        rows={4}
        hint={t("correctiveActionsHint")}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <InputField form={f} name="memberState" label={t("memberState")} hint={t("memberStateHint")} />
        <InputField form={f} name="authority" label={t("authority")} />
      </div>
    </div>
  );
}
