import { getTranslations } from "next-intl/server";
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
  const [t, bySystem, byUnit, people, items] = await Promise.all([
    getTranslations("Literacy"),
    coverageBySystem(actor),
    coverageByUnit(actor),
    canEdit ? listPeople(actor) : [],
    canEdit ? listLearningItems(actor) : [],
  ]);
  return (
    <div className="space-y-6">
      {canEdit && (
        <Card>
          <CardHeader title={t("recordTitle")} description={t("recordDescription")} />
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
        <CardHeader title={t("bySystemTitle")} description={t("bySystemDescription")} />
        <SystemCoverageTable rows={bySystem.systems} unassigned={bySystem.unassigned} />
      </Card>
      <Card>
        <CardHeader title={t("byUnitTitle")} description={t("byUnitDescription")} />
        <UnitCoverageTable rows={byUnit} />
      </Card>
    </div>
  );
}
