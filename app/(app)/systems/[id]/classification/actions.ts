"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { rescreenSystems } from "@/lib/dal/classification/classification";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { requestReview, respondToReviewRequest } from "@/lib/dal/classification/review-requests";
import { ZRescreenOne, ZReviewDecision } from "@/lib/validations/classification";
import { ZRequestReview, ZRespondReview } from "@/lib/validations/review-requests";

export const rescreenSystemAction = createAction(ZRescreenOne, async ({ systemId }, actor) => {
  const outcome = await rescreenSystems(actor, { systemIds: [systemId] });
  revalidatePath(`/systems/${systemId}`, "layout");
  revalidatePath("/systems");
  return { rescreened: outcome.rescreened.length };
});

export const recordReviewAction = createAction(ZReviewDecision, async (input, actor) => {
  const result = await recordReviewDecision(actor, input);
  revalidatePath("/systems", "layout");
  return result;
});

export const requestReviewAction = createAction(ZRequestReview, async (input, actor) => {
  const result = await requestReview(actor, input);
  revalidatePath("/reviews");
  revalidatePath(`/systems/${input.systemId}`, "layout");
  return result;
});

export const respondReviewAction = createAction(ZRespondReview, async (input, actor) => {
  await respondToReviewRequest(actor, input);
  revalidatePath("/reviews");
  revalidatePath("/systems", "layout");
  return { requestId: input.requestId };
});
