"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { addComment } from "@/lib/dal/obligations/comments";
import { planObligations } from "@/lib/dal/obligations/bulk-plan";
import { updateObligation } from "@/lib/dal/obligations/obligations";
import { ZAddComment, ZUpdateObligation } from "@/lib/validations/obligation";
import { ZPlanObligations } from "@/lib/validations/obligation-plan";

// Readiness shows on the system header, the inventory and the organisation list, so all of them are refreshed.
function refreshViews() {
  revalidatePath("/systems/[id]", "layout");
  revalidatePath("/systems");
  revalidatePath("/obligations");
}

export const updateObligationAction = createAction(ZUpdateObligation, async (input, actor) => {
  const result = await updateObligation(actor, input);
  refreshViews();
  return result;
});

export const addCommentAction = createAction(ZAddComment, async (input, actor) => {
  const comment = await addComment(actor, input);
  revalidatePath("/systems/[id]", "layout");
  return { id: comment.id };
});

export const planObligationsAction = createAction(ZPlanObligations, async (input, actor) => {
  const result = await planObligations(actor, input);
  refreshViews();
  return result;
});
