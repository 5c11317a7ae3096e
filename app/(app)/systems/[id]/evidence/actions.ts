"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { addEvidenceLink } from "@/lib/dal/obligations/evidence";
import { ZAddEvidenceLink } from "@/lib/validations/evidence";

export const addEvidenceLinkAction = createAction(ZAddEvidenceLink, async (input, actor) => {
  const result = await addEvidenceLink(actor, input);
  revalidatePath("/systems/[id]", "layout");
  return result;
});
