"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { linkModelToSystem, unlinkModelFromSystem } from "@/lib/dal/integrations/registry-sync-models";
import { ZModelSystemLink, ZModelSystemUnlink } from "@/lib/validations/registry";

export const linkModelAction = createAction(ZModelSystemLink, async (input, actor) => {
  const result = await linkModelToSystem(actor, input);
  revalidatePath("/models");
  revalidatePath(`/systems/${result.systemId}`);
  return result;
});

export const unlinkModelAction = createAction(ZModelSystemUnlink, async (input, actor) => {
  await unlinkModelFromSystem(actor, input);
  revalidatePath("/models");
  revalidatePath(`/systems/${input.systemId}`);
  return null;
});
