import type { Metadata } from "next";
import { CompletionForm } from "@/components/literacy/completion-form";
import { SystemCoverageTable, UnitCoverageTable } from "@/components/literacy/coverage-tables";
import { ImportPeopleForm } from "@/components/literacy/import-people-form";
import { LearningItemForm } from "@/components/literacy/item-form";
import { PersonForm } from "@/components/literacy/person-form";
import { ItemsTable, PeopleTable } from "@/components/literacy/registers";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { coverageBySystem, coverageByUnit } from "@/lib/dal/literacy/coverage";
import { listLearningItems } from "@/lib/dal/literacy/items";
import { listPeople } from "@/lib/dal/literacy/people";
import { todayIso } from "@/lib/dates";
import {
  createLearningItemAction,
  createPersonAction,
  deleteLearningItemAction,
  deletePersonAction,
  importPeopleAction,
  recordCompletionAction,
} from "./actions";

export const metadata: Metadata = { title: "AI literacy" };

type Props = { searchParams: Promise<{ tab?: string }> };
const TABS = [
  ["coverage", "Coverage"],
  ["people", "People"],
  ["items", "Learning items"],
] as const;

export default async function LiteracyPage({ searchParams }: Props) {
  const [actor, { tab: asked }] = await Promise.all([requireActor(), searchParams]);
  const tab = TABS.some(([key]) => key === asked) ? asked : "coverage";
  const viewer = await getViewer(actor);
  const canEdit = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title="AI literacy"
        description="Article 4: everyone who operates or oversees an AI system needs sufficient AI literacy. Keep who is trained on what, until when, and see where training is missing."
      />
      <TabNav
        label="AI literacy"
        className="mb-6"
        items={TABS.map(([key, label]) => ({
          href: key === "coverage" ? "/literacy" : `/literacy?tab=${key}`,
          label,
          active: key === tab,
        }))}
      />
      {tab === "coverage" && <CoverageTab canEdit={canEdit} actor={actor} />}
      {tab === "people" && <PeopleTab canEdit={canEdit} actor={actor} />}
      {tab === "items" && <ItemsTab canEdit={canEdit} actor={actor} />}
    </>
  );
}

type TabProps = { canEdit: boolean; actor: Awaited<ReturnType<typeof requireActor>> };

async function CoverageTab({ canEdit, actor }: TabProps) {
  const [bySystem, byUnit, people, items] = await Promise.all([
    coverageBySystem(actor),
    coverageByUnit(actor),
    canEdit ? listPeople(actor) : [],
    canEdit ? listLearningItems(actor) : [],
  ]);
  return (
    <div className="space-y-6">
      {canEdit && (
        <Card>
          <CardHeader title="Record a training" />
          <CardBody>
            <CompletionForm
              people={people.map((p) => ({ id: p.id, label: `${p.name} (${p.email})` }))}
              items={items.map((i) => ({ id: i.id, label: i.title }))}
              today={todayIso()}
              record={recordCompletionAction}
            />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader
          title="By AI system"
          description="Operators and overseers with a current training meant for the system or for every system; least covered first."
        />
        <SystemCoverageTable rows={bySystem.systems} unassigned={bySystem.unassigned} />
      </Card>
      <Card>
        <CardHeader title="By business unit" description="Each person's assignments, by the unit they belong to." />
        <UnitCoverageTable rows={byUnit} />
      </Card>
    </div>
  );
}

async function PeopleTab({ canEdit, actor }: TabProps) {
  const [people, units] = await Promise.all([listPeople(actor), canEdit ? listBusinessUnits(actor) : []]);
  return (
    <div className="space-y-6">
      {canEdit && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader title="Add a person" />
            <CardBody>
              <PersonForm units={units} create={createPersonAction} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Import staff from CSV" description="For staff without an Actlas account." />
            <CardBody>
              <ImportPeopleForm importPeople={importPeopleAction} />
            </CardBody>
          </Card>
        </div>
      )}
      <Card>
        <CardHeader title={`People (${people.length})`} />
        <PeopleTable people={people} remove={canEdit ? deletePersonAction : undefined} />
      </Card>
    </div>
  );
}

async function ItemsTab({ canEdit, actor }: TabProps) {
  const [items, coverage] = await Promise.all([listLearningItems(actor), canEdit ? coverageBySystem(actor) : null]);
  return (
    <div className="space-y-6">
      {canEdit && coverage && (
        <Card>
          <CardHeader title="Add a learning item" />
          <CardBody>
            <LearningItemForm
              systems={coverage.systems.map((s) => ({ id: s.systemId, name: s.name }))}
              create={createLearningItemAction}
            />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title={`Learning items (${items.length})`} />
        <ItemsTable items={items} remove={canEdit ? deleteLearningItemAction : undefined} />
      </Card>
    </div>
  );
}
