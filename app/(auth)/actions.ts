"use server";
import { createAction, createPublicAction } from "@/lib/action";
import { signUp } from "@/lib/dal/accounts";
import { acceptInvitation, acceptInvitationAsNewUser } from "@/lib/dal/invitations";
import { ZAcceptInvitationNewUser, ZInvitationToken, ZSignUp } from "@/lib/validations/auth";
import { z } from "zod";

export const signUpAction = createPublicAction(ZSignUp, async (input) => {
  await signUp(input);
  return null;
});

export const acceptInvitationAsNewUserAction = createPublicAction(ZAcceptInvitationNewUser, acceptInvitationAsNewUser);

export const acceptInvitationAction = createAction(z.object({ token: ZInvitationToken }), (input, actor) =>
  acceptInvitation(actor, input.token),
);
