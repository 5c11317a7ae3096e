"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { updateRiskLabels } from "@/lib/dal/risks/scale";
import { ZRiskScale } from "@/lib/validations/risk-scale";

export const updateRiskScaleAction = createAction(ZRiskScale, async (input, actor) => {
  const labels = await updateRiskLabels(actor, input);
  // The words show on every heat map, risk form and risk list of the organisation.
  revalidatePath("/", "layout");
  return labels;
});
