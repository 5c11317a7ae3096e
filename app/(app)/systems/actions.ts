"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createBusinessUnit } from "@/lib/dal/business-units/business-units";
import { ZCreateBusinessUnit } from "@/lib/validations/business-unit";
import { rescreenSystems } from "@/lib/dal/classification/classification";
import { bulkAssignOwner, bulkSetLifecycle } from "@/lib/dal/systems/system-bulk";
import { ZRescreen } from "@/lib/validations/classification";
import { ZBulkAssignOwner, ZBulkSetLifecycle } from "@/lib/validations/system-list";

export const bulkAssignOwnerAction = createAction(ZBulkAssignOwner, async (input, actor) => {
  const result = await bulkAssignOwner(actor, input);
  revalidatePath("/systems");
  return result;
});

export const bulkSetLifecycleAction = createAction(ZBulkSetLifecycle, async (input, actor) => {
  const result = await bulkSetLifecycle(actor, input);
  revalidatePath("/systems");
  return result;
});

export const rescreenSelectedAction = createAction(ZRescreen, async (input, actor) => {
  const result = await rescreenSystems(actor, input);
  revalidatePath("/systems");
  return result;
});

// "Add new unit…" in the system form: the unit exists from now on, whether or not the form is saved.
export const createBusinessUnitAction = createAction(ZCreateBusinessUnit, (input, actor) =>
  createBusinessUnit(actor, input.name),
);
