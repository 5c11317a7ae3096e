"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { updateOrganizationProfile } from "@/lib/dal/accounts/organization-profile";
import { ZOrganizationProfileForm } from "@/lib/validations/organization-profile";

export const saveOrganizationProfileAction = createAction(ZOrganizationProfileForm, async (profile, actor) => {
  const saved = await updateOrganizationProfile(actor, profile);
  revalidatePath("/settings/organisation-profile");
  return saved;
});
