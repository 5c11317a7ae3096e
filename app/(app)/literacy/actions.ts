"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { rowErrorsIn } from "@/lib/csv/row-errors-i18n";
import { assignOperator, deleteCompletion, recordCompletion, unassignOperator } from "@/lib/dal/literacy/completions";
import { importPeople } from "@/lib/dal/literacy/import-people";
import { createLearningItem, deleteLearningItem, updateLearningItem } from "@/lib/dal/literacy/items";
import { createPerson, deletePerson, updatePerson } from "@/lib/dal/literacy/people";
import {
  ZAssignOperator,
  ZCompletionRef,
  ZCreatePerson,
  ZImportPeople,
  ZLearningItem,
  ZLearningItemRef,
  ZPersonRef,
  ZRecordCompletion,
  ZUpdateLearningItem,
  ZUpdatePerson,
} from "@/lib/validations/literacy";

const refresh = () => revalidatePath("/literacy");

export const createPersonAction = createAction(ZCreatePerson, async (input, actor) => {
  const person = await createPerson(actor, input);
  refresh();
  return person;
});

export const updatePersonAction = createAction(ZUpdatePerson, async (input, actor) => {
  await updatePerson(actor, input);
  refresh();
  return null;
});

export const deletePersonAction = createAction(ZPersonRef, async (input, actor) => {
  await deletePerson(actor, input.personId);
  refresh();
  return null;
});

export const importPeopleAction = createAction(ZImportPeople, async (input, actor, { locale }) => {
  const result = await importPeople(actor, input.csv);
  if (result.created > 0) refresh();
  return { ...result, errors: rowErrorsIn(locale, result.errors) };
});

export const createLearningItemAction = createAction(ZLearningItem, async (input, actor) => {
  const item = await createLearningItem(actor, input);
  refresh();
  return item;
});

export const updateLearningItemAction = createAction(ZUpdateLearningItem, async (input, actor) => {
  await updateLearningItem(actor, input);
  refresh();
  return null;
});

export const deleteLearningItemAction = createAction(ZLearningItemRef, async (input, actor) => {
  await deleteLearningItem(actor, input.itemId);
  refresh();
  return null;
});

export const recordCompletionAction = createAction(ZRecordCompletion, async (input, actor) => {
  const result = await recordCompletion(actor, input);
  refresh();
  return result;
});

export const deleteCompletionAction = createAction(ZCompletionRef, async (input, actor) => {
  await deleteCompletion(actor, input.completionId);
  refresh();
  return null;
});

export const assignOperatorAction = createAction(ZAssignOperator, async (input, actor) => {
  await assignOperator(actor, input);
  refresh();
  revalidatePath(`/systems/${input.systemId}`);
  return null;
});

export const unassignOperatorAction = createAction(ZAssignOperator, async (input, actor) => {
  await unassignOperator(actor, input);
  refresh();
  revalidatePath(`/systems/${input.systemId}`);
  return null;
});
