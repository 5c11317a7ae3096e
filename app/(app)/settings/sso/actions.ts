"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { addSsoDomain, removeSsoDomain, verifySsoDomain } from "@/lib/dal/sso/sso-domains";
import { ZSsoDomain, ZSsoDomainId } from "@/lib/validations/sso";

export const addSsoDomainAction = createAction(ZSsoDomain, async (input, actor) => {
  const row = await addSsoDomain(actor, input);
  revalidatePath("/settings/sso");
  return { id: row.id };
});

export const verifySsoDomainAction = createAction(ZSsoDomainId, async (input, actor) => {
  const outcome = await verifySsoDomain(actor, input.domainId);
  if (outcome.verified) revalidatePath("/settings/sso");
  return outcome.verified
    ? { verified: true as const }
    : { verified: false as const, problem: outcome.problem, message: outcome.message };
});

export const removeSsoDomainAction = createAction(ZSsoDomainId, async (input, actor) => {
  await removeSsoDomain(actor, input.domainId);
  revalidatePath("/settings/sso");
  return null;
});
