"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { updateSystem } from "@/lib/dal/systems/systems";
import { ZSystemIntakeUpdate } from "@/lib/validations/system";

export const updateSystemAction = createAction(ZSystemIntakeUpdate, async (input, actor) => {
  const saved = await updateSystem(actor, input);
  revalidatePath("/systems");
  revalidatePath(`/systems/${saved.id}`, "layout");
  return saved;
});
