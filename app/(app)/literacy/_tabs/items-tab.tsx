import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LearningItemForm } from "@/components/literacy/item-form";
import { ItemsTable } from "@/components/literacy/registers";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Actor } from "@/lib/access/actor";
import { coverageBySystem } from "@/lib/dal/literacy/coverage";
import { getLearningItem, listLearningItems } from "@/lib/dal/literacy/items";
import { isAppError } from "@/lib/errors";
import { createLearningItemAction, deleteLearningItemAction, updateLearningItemAction } from "../actions";

type Props = { actor: Actor; canEdit: boolean; itemId?: string };

export async function ItemsTab({ actor, canEdit, itemId }: Props) {
  const t = await getTranslations("Literacy");
  const coverage = canEdit ? await coverageBySystem(actor) : null;
  const systems = coverage?.systems.map((s) => ({ id: s.systemId, name: s.name })) ?? [];
  if (itemId) {
    if (!canEdit) notFound();
    const item = await getLearningItem(actor, itemId).catch((e: unknown) => {
      if (isAppError(e) && e.code === "NOT_FOUND") notFound();
      throw e;
    });
    // The item's own systems stay choosable even if nobody operates them yet.
    const choices = [...systems, ...item.systems.filter((s) => !systems.some((c) => c.id === s.id))];
    return (
      <div className="space-y-6">
        <Link href="/literacy?tab=items" className="text-sm text-indigo-700 underline">
          {t("allItems")}
        </Link>
        <Card>
          <CardHeader
            title={t("editItem", { title: item.title })}
            description={t("completionsRecorded", { count: item.completions })}
          />
          <CardBody>
            <LearningItemForm
              systems={choices}
              edit={{
                update: updateLearningItemAction,
                item: {
                  itemId: item.id,
                  title: item.title,
                  kind: item.kind,
                  description: item.description,
                  validityMonths: item.validityMonths ? String(item.validityMonths) : "",
                  intendedRoles: item.intendedRoles.join(", "),
                  allSystems: item.allSystems,
                  systemIds: item.systems.map((s) => s.id),
                },
              }}
            />
          </CardBody>
        </Card>
      </div>
    );
  }
  const items = await listLearningItems(actor);
  return (
    <div className="space-y-6">
      {canEdit && (
        <Card>
          <CardHeader title={t("addItem")} />
          <CardBody>
            <LearningItemForm systems={systems} create={createLearningItemAction} />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title={t("itemsTitle", { count: items.length })} />
        <ItemsTable items={items} remove={canEdit ? deleteLearningItemAction : undefined} />
      </Card>
    </div>
  );
}
