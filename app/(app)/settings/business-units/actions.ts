"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { deleteBusinessUnit, mergeBusinessUnits, renameBusinessUnit } from "@/lib/dal/business-units/business-units";
import { ZBusinessUnitRef, ZMergeBusinessUnits, ZRenameBusinessUnit } from "@/lib/validations/business-unit";

export const renameBusinessUnitAction = createAction(ZRenameBusinessUnit, async (input, actor) => {
  await renameBusinessUnit(actor, input);
  revalidatePath("/settings/business-units");
  return null;
});

export const mergeBusinessUnitsAction = createAction(ZMergeBusinessUnits, async (input, actor) => {
  const result = await mergeBusinessUnits(actor, input);
  revalidatePath("/settings/business-units");
  return result;
});

export const deleteBusinessUnitAction = createAction(ZBusinessUnitRef, async (input, actor) => {
  await deleteBusinessUnit(actor, input.unitId);
  revalidatePath("/settings/business-units");
  return null;
});
