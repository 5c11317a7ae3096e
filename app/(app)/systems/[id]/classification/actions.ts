"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { rescreenSystems } from "@/lib/dal/classification/classification";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { ZReviewDecision } from "@/lib/validations/classification";

export const rescreenSystemAction = createAction(
  z.object({ systemId: z.string().min(1).max(64) }),
  async ({ systemId }, actor) => {
    const outcome = await rescreenSystems(actor, { systemIds: [systemId] });
    revalidatePath(`/systems/${systemId}`, "layout");
    revalidatePath("/systems");
    return { rescreened: outcome.rescreened.length };
  },
);

export const recordReviewAction = createAction(ZReviewDecision, async (input, actor) => {
  const result = await recordReviewDecision(actor, input);
  revalidatePath("/systems", "layout");
  return result;
});
