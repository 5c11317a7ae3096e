import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ServerAction } from "@/components/forms/server-action";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { PersonDetailDTO } from "@/lib/dal/literacy/person-detail";
import type { TAssignOperator, TRecordCompletion, TUpdatePerson } from "@/lib/validations/literacy";
import { SYSTEM_OPTIONS_LIMIT } from "@/lib/validations/literacy";
import { AssignSystemForm } from "./assign-system-form";
import { CompletionForm } from "./completion-form";
import { CompletionsTable } from "./completions-table";
import { PersonEditForm } from "./person-form";
import { RemoveButton } from "./remove-button";

const ROLE_KEY: Record<string, "roleOperator" | "roleOversight"> = {
  OPERATOR: "roleOperator",
  OVERSIGHT: "roleOversight",
};

export type PersonPanelActions = {
  update: ServerAction<TUpdatePerson>;
  record: ServerAction<TRecordCompletion, { expiresOn: string | null }>;
  removeCompletion: ServerAction<{ completionId: string }>;
  assign: ServerAction<TAssignOperator>;
  unassign: ServerAction<TAssignOperator>;
};

// One person of the register: their details, their trainings (with evidence and expiry) and the systems they
// operate or oversee. Forms only for those who edit (actions given).
export async function PersonPanel(props: {
  person: PersonDetailDTO;
  units: { id: string; name: string }[];
  items: { id: string; label: string }[];
  systems: { id: string; name: string }[];
  today: string;
  actions: PersonPanelActions | null;
}) {
  const { person: p, actions } = props;
  const t = await getTranslations("LiteracyPerson");
  const roleOf = (role: string) => (ROLE_KEY[role] ? t(ROLE_KEY[role]) : role);
  return (
    <div className="space-y-6">
      <Link href="/literacy?tab=people" className="text-sm text-indigo-700 underline">
        {t("allPeople")}
      </Link>
      <Card>
        <CardHeader
          title={p.name}
          description={`${p.email}${p.jobRole ? ` · ${p.jobRole}` : ""} · ${p.unitName ?? t("noUnit")}${p.isMember ? ` · ${t("member")}` : ""}`}
        />
        {actions && (
          <CardBody>
            <PersonEditForm
              units={props.units}
              update={actions.update}
              person={{
                personId: p.id,
                name: p.name,
                email: p.email,
                jobRole: p.jobRole,
                businessUnitId: p.businessUnitId ?? "",
              }}
            />
          </CardBody>
        )}
      </Card>
      <Card>
        <CardHeader title={t("trainings")} description={t("trainingsDescription")} />
        <CompletionsTable person={p} today={props.today} remove={actions?.removeCompletion} />
        {actions && (
          <CardBody className="border-t border-slate-200">
            <h3 className="mb-3 text-sm font-semibold text-slate-900">{t("recordFor", { name: p.name })}</h3>
            <CompletionForm
              people={[]}
              items={props.items}
              personId={p.id}
              today={props.today}
              record={actions.record}
            />
          </CardBody>
        )}
      </Card>
      <Card>
        <CardHeader title={t("systems")} description={t("systemsDescription")} />
        <CardBody className="space-y-4">
          {p.assignments.length === 0 ? (
            <p className="text-sm text-slate-600">{t("notAssigned")}</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label={t("assigned")}>
              {p.assignments.map((a) => (
                <li key={`${a.systemId}-${a.role}`} className="flex flex-wrap items-center justify-between gap-x-2">
                  <span>
                    <Link href={`/systems/${a.systemId}`} className="text-indigo-700 underline">
                      {a.systemName}
                    </Link>{" "}
                    <span className="text-slate-600">({roleOf(a.role)})</span>
                  </span>
                  {actions && (
                    <RemoveButton
                      what={`${a.systemName} (${roleOf(a.role)})`}
                      confirm={t("removeAssignment", { name: p.name, role: a.role, system: a.systemName })}
                      action={actions.unassign}
                      input={{ systemId: a.systemId, personId: p.id, role: a.role }}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {actions && (
            <AssignSystemForm
              personId={p.id}
              systems={props.systems}
              truncated={props.systems.length >= SYSTEM_OPTIONS_LIMIT}
              assign={actions.assign}
            />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
