"use client";
import Link from "next/link";
import { SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { coverageLabel, type SystemCoverage } from "@/lib/literacy/coverage";
import { RemoveButton } from "./remove-button";
import { OPERATOR_ROLES, ZAssignOperator, type TAssignOperator } from "@/lib/validations/literacy";

type Person = { personId: string; name: string; role: string; covered: boolean };
const ROLE = Object.fromEntries(OPERATOR_ROLES);

// The system's Art 4 figure on its Overview: who operates or oversees it and whether they are trained.
export function SystemLiteracyCard(props: {
  systemId: string;
  coverage: SystemCoverage;
  people: Person[];
  candidates: { id: string; name: string }[] | null;
  assign: ServerAction<TAssignOperator>;
  unassign: ServerAction<TAssignOperator>;
}) {
  return (
    <Card aria-label="AI literacy (Art 4)" id="ai-literacy" className="scroll-mt-6">
      <CardHeader title="AI literacy (Art 4)" />
      <CardBody className="space-y-3 text-sm">
        <p className="text-slate-900">
          {coverageLabel(props.coverage)}
          {props.coverage.lapsed > 0 && (
            <span className="block text-amber-800">
              {props.coverage.lapsed === 1 ? "1 refresher" : `${props.coverage.lapsed} refreshers`} overdue
            </span>
          )}
        </p>
        {props.people.length > 0 && (
          <ul className="space-y-1" aria-label="Operators and overseers">
            {props.people.map((p) => (
              <li key={p.personId} className="flex flex-wrap justify-between gap-x-2">
                <span>
                  <Link href={`/literacy?tab=people&person=${p.personId}`} className="text-indigo-700 underline">
                    {p.name}
                  </Link>{" "}
                  <span className="text-slate-600">
                    (
                    {p.role
                      .split(",")
                      .map((r) => ROLE[r] ?? r)
                      .join(", ")}
                    )
                  </span>
                </span>
                <span className={p.covered ? "text-emerald-700" : "text-amber-800"}>
                  {p.covered ? "Trained" : "Not trained"}
                </span>
                {props.candidates &&
                  p.role.split(",").map((role) => (
                    <RemoveButton
                      key={role}
                      what={`${p.name} (${ROLE[role] ?? role})`}
                      confirm={`Remove ${p.name} as ${(ROLE[role] ?? role).toLowerCase()} of this system?`}
                      action={props.unassign}
                      input={{
                        systemId: props.systemId,
                        personId: p.personId,
                        role: role as TAssignOperator["role"],
                      }}
                    />
                  ))}
              </li>
            ))}
          </ul>
        )}
        {props.candidates && <AssignForm {...props} candidates={props.candidates} />}
        <Link href="/literacy" className="inline-block text-indigo-700 underline">
          Literacy register
        </Link>
      </CardBody>
    </Card>
  );
}

function AssignForm(props: {
  systemId: string;
  candidates: { id: string; name: string }[];
  assign: ServerAction<TAssignOperator>;
}) {
  const empty: TAssignOperator = { systemId: props.systemId, personId: "", role: "OPERATOR" };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAssignOperator,
    action: props.assign,
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
    },
  });
  if (props.candidates.length === 0)
    return <p className="text-slate-600">Add people to the literacy register to assign them here.</p>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 border-t border-slate-200 pt-3"
      aria-label="Assign a person"
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <SelectField
        form={form}
        name="personId"
        label="Person"
        placeholder="Choose a person…"
        options={props.candidates.map((c) => [c.id, c.name] as const)}
      />
      <SelectField form={form} name="role" label="Role" placeholder="Choose…" options={OPERATOR_ROLES} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Assign
      </Button>
    </form>
  );
}
