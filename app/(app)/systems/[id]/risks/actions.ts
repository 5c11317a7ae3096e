"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { acceptRisk } from "@/lib/dal/risks/accept";
import { linkRiskObligation, unlinkRiskObligation } from "@/lib/dal/risks/links";
import { createRisk, updateRisk } from "@/lib/dal/risks/risks";
import { ZAcceptRisk, ZCreateRisk, ZRiskObligationLink, ZUpdateRisk } from "@/lib/validations/risks";

const PAGE = "/systems/[id]/risks";

export const createRiskAction = createAction(ZCreateRisk, async (input, actor) => {
  const result = await createRisk(actor, input);
  revalidatePath(PAGE, "page");
  return result;
});

export const updateRiskAction = createAction(ZUpdateRisk, async (input, actor) => {
  const result = await updateRisk(actor, input);
  revalidatePath(PAGE, "page");
  return result;
});

export const acceptRiskAction = createAction(ZAcceptRisk, async (input, actor) => {
  const result = await acceptRisk(actor, input);
  revalidatePath(PAGE, "page");
  return result;
});

export const linkRiskObligationAction = createAction(ZRiskObligationLink, async (input, actor) => {
  const result = await linkRiskObligation(actor, input);
  revalidatePath(PAGE, "page");
  return result;
});

export const unlinkRiskObligationAction = createAction(ZRiskObligationLink, async (input, actor) => {
  const result = await unlinkRiskObligation(actor, input);
  revalidatePath(PAGE, "page");
  return result;
});
