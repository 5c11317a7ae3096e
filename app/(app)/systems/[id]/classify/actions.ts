"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { saveQuestionnaireDraft, storeClassificationRun } from "@/lib/dal/classification/classification";
import { ZSaveDraft, ZStoreRun } from "@/lib/validations/classification";

export const saveDraftAction = createAction(ZSaveDraft, async (input, actor) => {
  const { savedAt } = await saveQuestionnaireDraft(actor, input);
  return { savedAt: savedAt.toISOString() };
});

export const completeClassificationAction = createAction(ZStoreRun, async (input, actor) => {
  const { runId, sequence } = await storeClassificationRun(actor, input);
  revalidatePath(`/systems/${input.systemId}`, "layout");
  revalidatePath("/systems");
  return { runId, sequence };
});
