"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { SystemCoverage } from "@/lib/literacy/coverage";
import { RemoveButton } from "./remove-button";
import { ZAssignOperator, type TAssignOperator } from "@/lib/validations/literacy";

type Person = { personId: string; name: string; role: string; covered: boolean };
const ROLE_KEY: Record<string, "roleOperator" | "roleOversight"> = {
  OPERATOR: "roleOperator",
  OVERSIGHT: "roleOversight",
};

// The system's Art 4 figure on its Overview: who operates or oversees it and whether they are trained.
export function SystemLiteracyCard(props: {
  systemId: string;
  coverage: SystemCoverage;
  people: Person[];
  candidates: { id: string; name: string }[] | null;
  assign: ServerAction<TAssignOperator>;
  unassign: ServerAction<TAssignOperator>;
}) {
  const t = useTranslations("LiteracyForms");
  const roleOf = (role: string) => (ROLE_KEY[role] ? t(ROLE_KEY[role]) : role);
  const { trained, total, lapsed } = props.coverage;
  const percent = total === 0 ? 0 : Math.round((100 * trained) / total);
  return (
    <Card aria-label={t("cardTitle")} id="ai-literacy" className="scroll-mt-6">
      <CardHeader title={t("cardTitle")} />
      <CardBody className="space-y-3 text-sm">
        <p className="text-slate-900">
          {t("coverage", { trained, total, percent })}
          {lapsed > 0 && <span className="block text-amber-800">{t("refreshersOverdue", { count: lapsed })}</span>}
        </p>
        {props.people.length > 0 && (
          <ul className="space-y-1" aria-label={t("operatorsLabel")}>
            {props.people.map((p) => (
              <li key={p.personId} className="flex flex-wrap justify-between gap-x-2">
                <span>
                  <Link href={`/literacy?tab=people&person=${p.personId}`} className="text-indigo-700 underline">
                    {p.name}
                  </Link>{" "}
                  <span className="text-slate-600">({p.role.split(",").map(roleOf).join(", ")})</span>
                </span>
                <span className={p.covered ? "text-emerald-700" : "text-amber-800"}>
                  {t(p.covered ? "trained" : "notTrained")}
                </span>
                {props.candidates &&
                  p.role.split(",").map((role) => (
                    <RemoveButton
                      key={role}
                      what={`${p.name} (${roleOf(role)})`}
                      confirm={t("removeFromSystem", { name: p.name, role })}
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
          {t("register")}
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
  const t = useTranslations("LiteracyForms");
  const empty: TAssignOperator = { systemId: props.systemId, personId: "", role: "OPERATOR" };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAssignOperator,
    action: props.assign,
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
    },
  });
  if (props.candidates.length === 0) return <p className="text-slate-600">{t("noCandidates")}</p>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 border-t border-slate-200 pt-3"
      aria-label={t("assignPerson")}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <SelectField
        form={form}
        name="personId"
        label={t("person")}
        placeholder={t("choosePerson")}
        options={props.candidates.map((c) => [c.id, c.name] as const)}
      />
      <SelectField
        form={form}
        name="role"
        label={t("role")}
        placeholder={t("choose")}
        options={[
          ["OPERATOR", t("roleOperator")],
          ["OVERSIGHT", t("roleOversight")],
        ]}
      />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("assign")}
      </Button>
    </form>
  );
}
