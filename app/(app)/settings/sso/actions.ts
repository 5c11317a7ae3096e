"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { addSsoDomain, removeSsoDomain } from "@/lib/dal/sso-domains";
import { ZSsoDomain, ZSsoDomainId } from "@/lib/validations/sso";

export const addSsoDomainAction = createAction(ZSsoDomain, async (input, actor) => {
  const row = await addSsoDomain(actor, input);
  revalidatePath("/settings/sso");
  return { id: row.id };
});

export const removeSsoDomainAction = createAction(ZSsoDomainId, async (input, actor) => {
  await removeSsoDomain(actor, input.domainId);
  revalidatePath("/settings/sso");
  return null;
});
