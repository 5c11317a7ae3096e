"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createSystem } from "@/lib/dal/systems/systems";
import { ZSystemIntake } from "@/lib/validations/system";

export const createSystemAction = createAction(ZSystemIntake, async (input, actor) => {
  const created = await createSystem(actor, input);
  revalidatePath("/systems");
  return created;
});
