"use server";
import { createAction, createPublicAction } from "@/lib/action";
import { requestIp } from "@/lib/auth/request-ip";
import { confirmSignUp, requestSignUp, resendSignUpLink } from "@/lib/dal/accounts/email-verification";
import { acceptInvitation, acceptInvitationAsNewUser } from "@/lib/dal/accounts/invitations";
import { requestPasswordReset, resetPassword } from "@/lib/dal/accounts/password-reset";
import {
  ZAcceptInvitationNewUser,
  ZConfirmSignUp,
  ZEmailOnly,
  ZInvitationToken,
  ZResetPassword,
  ZSignUp,
} from "@/lib/validations/auth";
import { z } from "zod";

// Sign-up, resend and reset requests answer null whatever the address: what happens next is in the e-mail.
export const signUpAction = createPublicAction(ZSignUp, async (input, { locale }) => {
  await requestSignUp(input, await requestIp(), locale);
  return null;
});

export const resendSignUpLinkAction = createPublicAction(ZEmailOnly, async (input, { locale }) => {
  await resendSignUpLink(input, await requestIp(), locale);
  return null;
});

export const confirmSignUpAction = createPublicAction(ZConfirmSignUp, (input) => confirmSignUp(input.token));

export const requestPasswordResetAction = createPublicAction(ZEmailOnly, async (input) => {
  await requestPasswordReset(input, await requestIp());
  return null;
});

export const resetPasswordAction = createPublicAction(ZResetPassword, async (input) => {
  await resetPassword(input);
  return null;
});

export const acceptInvitationAsNewUserAction = createPublicAction(ZAcceptInvitationNewUser, acceptInvitationAsNewUser);

export const acceptInvitationAction = createAction(z.object({ token: ZInvitationToken }), (input, actor) =>
  acceptInvitation(actor, input.token),
);
