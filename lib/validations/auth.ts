import { z } from "zod";
import { ROLES } from "@/lib/access/permissions";

// Length over composition rules (NIST SP 800-63B), plus a deny-list of the passwords tried first in attacks.
const COMMON_PASSWORDS = new Set([
  "password1234",
  "123456789012",
  "qwertyuiop12",
  "letmein12345",
  "welcome12345",
  "passwordpassword",
  "iloveyou1234",
  "administrator",
  "changeme1234",
  "actlasactlas",
]);

export const ZEmail = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .email("Enter a valid email address, like name@example.com.")
  .transform((v) => v.toLowerCase());

export const ZNewPassword = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.")
  .refine((v) => !COMMON_PASSWORDS.has(v.toLowerCase()), "This password is too common; choose another.")
  .refine((v) => new Set(v).size >= 5, "This password is too repetitive; mix more characters.");

const ZPersonName = z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters.");

export const ZSignUp = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
  organizationName: z
    .string()
    .trim()
    .min(2, "Enter your organisation's name (at least 2 characters).")
    .max(120, "Use at most 120 characters."),
});
export type TSignUp = z.input<typeof ZSignUp>;

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(128, "Use at most 128 characters."),
});
export type TSignIn = z.input<typeof ZSignIn>;

export const ZRole = z.enum(ROLES, { message: "Choose a role." });

export const ZCreateInvitation = z.object({ email: ZEmail, role: ZRole });
export type TCreateInvitation = z.input<typeof ZCreateInvitation>;

// Invitation secrets are 32 random bytes in base64url: 43 characters from a fixed alphabet.
export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is malformed.");

export const ZAcceptInvitationNewUser = z.object({
  token: ZInvitationToken,
  name: ZPersonName,
  password: ZNewPassword,
});
export type TAcceptInvitationNewUser = z.input<typeof ZAcceptInvitationNewUser>;

export const ZId = z.string().trim().min(1).max(64);

export const ZSwitchOrganization = z.object({ organizationId: ZId });
export const ZCreateOrganization = ZSignUp.pick({ organizationName: true });
export type TCreateOrganization = z.input<typeof ZCreateOrganization>;
export const ZChangeMemberRole = z.object({ membershipId: ZId, role: ZRole });
export const ZMembershipRef = z.object({ membershipId: ZId });
export const ZInvitationRef = z.object({ invitationId: ZId });

// Sign-up confirmation and password reset links carry the same kind of secret as invitations.
export const ZLinkToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "This link is incomplete or malformed. Copy the whole link from the e-mail.");

export const ZConfirmSignUp = z.object({ token: ZLinkToken });
export const ZEmailOnly = z.object({ email: ZEmail });
export type TEmailOnly = z.input<typeof ZEmailOnly>;

// The same password rules as at sign-up; the second entry catches a typo in a password nobody can see.
export const ZResetPassword = z
  .object({
    token: ZLinkToken,
    password: ZNewPassword,
    confirmPassword: z.string().max(128, "Use at most 128 characters."),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });
export type TResetPassword = z.input<typeof ZResetPassword>;
