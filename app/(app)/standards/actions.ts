"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { setApplicability } from "@/lib/dal/standards/applicability";
import { ZSetApplicability } from "@/lib/validations/standards";

export const setApplicabilityAction = createAction(ZSetApplicability, async (input, actor) => {
  const saved = await setApplicability(actor, input);
  revalidatePath("/standards", "layout");
  return saved;
});
