"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createApiToken, revokeApiToken } from "@/lib/dal/integrations/api-tokens";
import { createInvitation, revokeInvitation } from "@/lib/dal/accounts/invitations";
import { changeMemberRole, removeMember } from "@/lib/dal/accounts/members";
import { updateObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { ZObligationPlanning } from "@/lib/validations/obligation-planning";
import { ZApiTokenRef, ZCreateApiToken } from "@/lib/validations/api-token";
import { ZChangeMemberRole, ZCreateInvitation, ZInvitationRef, ZMembershipRef } from "@/lib/validations/auth";

export const createInvitationAction = createAction(ZCreateInvitation, async (input, actor) => {
  const { token } = await createInvitation(actor, input);
  revalidatePath("/settings");
  return { path: `/invite/${token}` };
});

export const revokeInvitationAction = createAction(ZInvitationRef, async (input, actor) => {
  await revokeInvitation(actor, input.invitationId);
  revalidatePath("/settings");
  return null;
});

export const changeMemberRoleAction = createAction(ZChangeMemberRole, async (input, actor) => {
  await changeMemberRole(actor, input);
  revalidatePath("/settings");
  return null;
});

export const removeMemberAction = createAction(ZMembershipRef, async (input, actor) => {
  await removeMember(actor, input.membershipId);
  revalidatePath("/settings");
  return null;
});

export const createApiTokenAction = createAction(ZCreateApiToken, async (input, actor) => {
  const result = await createApiToken(actor, input);
  revalidatePath("/settings");
  return result;
});

export const revokeApiTokenAction = createAction(ZApiTokenRef, async (input, actor) => {
  await revokeApiToken(actor, input.tokenId);
  revalidatePath("/settings");
  return null;
});

export const updateObligationPlanningAction = createAction(ZObligationPlanning, async (input, actor) => {
  const planning = await updateObligationPlanning(actor, input);
  revalidatePath("/settings");
  return planning;
});
