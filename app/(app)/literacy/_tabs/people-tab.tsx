import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ImportPeopleForm } from "@/components/literacy/import-people-form";
import { PersonForm } from "@/components/literacy/person-form";
import { PersonPanel } from "@/components/literacy/person-panel";
import { PeopleTable } from "@/components/literacy/registers";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { SearchInput } from "@/components/ui/search-input";
import type { Actor } from "@/lib/access/actor";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { listLearningItems } from "@/lib/dal/literacy/items";
import { getPerson, searchPeople, systemOptions } from "@/lib/dal/literacy/person-detail";
import { todayIso } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import {
  assignOperatorAction,
  createPersonAction,
  deleteCompletionAction,
  deletePersonAction,
  importPeopleAction,
  recordCompletionAction,
  unassignOperatorAction,
  updatePersonAction,
} from "../actions";

type Props = { actor: Actor; canEdit: boolean; q: string; page: number; personId?: string };

export async function PeopleTab(props: Props) {
  if (props.personId) return <OnePerson {...props} personId={props.personId} />;
  const { actor, canEdit, q } = props;
  const [t, found, units] = await Promise.all([
    getTranslations("Literacy"),
    searchPeople(actor, { q, page: props.page }),
    canEdit ? listBusinessUnits(actor) : [],
  ]);
  const at = (page: number) => `/literacy?tab=people${q ? `&q=${encodeURIComponent(q)}` : ""}&page=${page}`;
  return (
    <div className="space-y-6">
      {canEdit && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader title={t("addPerson")} />
            <CardBody>
              <PersonForm units={units} create={createPersonAction} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("importTitle")} description={t("importDescription")} />
            <CardBody>
              <ImportPeopleForm importPeople={importPeopleAction} />
            </CardBody>
          </Card>
        </div>
      )}
      <Card>
        <CardHeader title={t("peopleTitle", { count: found.total, found: q ? "yes" : "no" })} />
        <form action="/literacy" method="get" role="search" className="flex flex-wrap gap-2 px-5 py-4">
          <input type="hidden" name="tab" value="people" />
          <label className="sr-only" htmlFor="people-q">
            {t("searchPeople")}
          </label>
          <div className="min-w-0 flex-1">
            <SearchInput id="people-q" name="q" defaultValue={q} placeholder={t("searchPlaceholder")} />
          </div>
        </form>
        <PeopleTable people={found.people} remove={canEdit ? deletePersonAction : undefined} />
        {found.pages > 1 && (
          <nav aria-label={t("pagesOfPeople")} className="flex items-center justify-between px-5 py-3 text-sm">
            {found.page > 1 ? (
              <Link className="text-indigo-700 underline" href={at(found.page - 1)}>
                {t("previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-600">{t("pageOf", { page: found.page, pages: found.pages })}</span>
            {found.page < found.pages ? (
              <Link className="text-indigo-700 underline" href={at(found.page + 1)}>
                {t("next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}

async function OnePerson({ actor, canEdit, personId }: Props & { personId: string }) {
  const person = await getPerson(actor, personId).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [units, items, systems] = canEdit
    ? await Promise.all([listBusinessUnits(actor), listLearningItems(actor), systemOptions(actor)])
    : [[], [], []];
  return (
    <PersonPanel
      person={person}
      units={units}
      items={items.map((i) => ({ id: i.id, label: i.title }))}
      systems={systems}
      today={todayIso()}
      actions={
        canEdit
          ? {
              update: updatePersonAction,
              record: recordCompletionAction,
              removeCompletion: deleteCompletionAction,
              assign: assignOperatorAction,
              unassign: unassignOperatorAction,
            }
          : null
      }
    />
  );
}
