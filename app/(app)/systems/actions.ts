"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { bulkAssignOwner, bulkSetLifecycle } from "@/lib/dal/system-bulk";
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
