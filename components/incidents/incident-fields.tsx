"use client";
import type { UseFormReturn } from "react-hook-form";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import { REPORTING_DAYS } from "@/lib/incidents/clock";
import { HARM_ARTICLES, HARM_LABELS, INCIDENT_HARMS } from "@/lib/incidents/labels";
import type { TIncidentInput } from "@/lib/validations/incidents";

type Values = Omit<TIncidentInput, "systemId">;

const HARM_OPTIONS = INCIDENT_HARMS.map(
  (h) => [h, `${HARM_LABELS[h]} (${REPORTING_DAYS[h]} days, ${HARM_ARTICLES[h].split(";")[0]})`] as const,
);

export const INCIDENT_FIELD_LABELS: Record<string, string> = {
  systemId: "AI system",
  status: "Status",
  title: "Title",
  harm: "Harm category",
  occurredAt: "Occurred",
  awareAt: "Became aware",
  description: "What happened",
  affectedPersons: "Affected persons",
  correctiveActions: "Corrective actions",
  memberState: "Member State",
  authority: "Authority",
};

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
  return (
    <div className="space-y-5">
      <InputField
        form={f}
        name="title"
        label="Title"
        required
        hint="A short name for the incident, e.g. “Loan refusals for applicants over 60”."
      />
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          form={f}
          name="harm"
          label="Harm category (Art 3(49))"
          options={HARM_OPTIONS}
          placeholder="Not determined yet"
          hint="Sets the reporting deadline: 10 days after a death, 2 days for critical infrastructure or widespread infringement, otherwise 15."
        />
        {showStatus && (
          <SelectField
            form={f}
            name="status"
            label="Status"
            options={[
              ["OPEN", "Open: a serious incident, clock running"],
              ["DRAFT", "Draft: still being assessed"],
            ]}
            placeholder="Choose a status"
          />
        )}
        <InputField
          form={f}
          name="awareAt"
          type="datetime-local"
          label="Became aware (UTC)"
          hint="When your organisation became aware: the Art 73 clock runs from here."
        />
        <InputField
          form={f}
          name="occurredAt"
          type="datetime-local"
          label="Occurred (UTC)"
          hint="When the incident or malfunction happened, if known."
        />
      </div>
      <TextareaField
        form={f}
        name="description"
        label="What happened"
        rows={5}
        hint="The facts, the causal link to the AI system (established or suspected), and how it was detected."
      />
      <TextareaField
        form={f}
        name="affectedPersons"
        label="Affected persons"
        rows={3}
        hint="Who was harmed and how many; no personal data beyond what the authority needs."
      />
      <TextareaField
        form={f}
        name="correctiveActions"
        label="Investigation and corrective actions"
        rows={4}
        hint="Risk assessment and what was done. Do not alter the system in ways that affect the investigation before telling the authority (Art 73(6))."
      />
      <div className="grid gap-5 md:grid-cols-2">
        <InputField
          form={f}
          name="memberState"
          label="Member State where it occurred"
          hint="The report goes to that State's market surveillance authority."
        />
        <InputField form={f} name="authority" label="Market surveillance authority" />
      </div>
    </div>
  );
}
