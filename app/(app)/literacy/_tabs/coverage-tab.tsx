import { CompletionForm } from "@/components/literacy/completion-form";
import { SystemCoverageTable, UnitCoverageTable } from "@/components/literacy/coverage-tables";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Actor } from "@/lib/access/actor";
import { coverageBySystem, coverageByUnit } from "@/lib/dal/literacy/coverage";
import { listLearningItems } from "@/lib/dal/literacy/items";
import { listPeople } from "@/lib/dal/literacy/people";
import { todayIso } from "@/lib/dates";
import { recordCompletionAction } from "../actions";

export async function CoverageTab({ canEdit, actor }: { canEdit: boolean; actor: Actor }) {
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
          <CardHeader
            title="Record a training"
            description="Or open a person on the People tab to see and correct their trainings."
          />
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
