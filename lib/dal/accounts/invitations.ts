import "server-only";
import type { Actor, Member, UserActor } from "@/lib/access/actor";
import { hashPassword } from "@/lib/crypto/password";
import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import {
  ZAcceptInvitationNewUser,
  ZCreateInvitation,
  ZInvitationToken,
  type TAcceptInvitationNewUser,
  type TCreateInvitation,
} from "@/lib/validations/auth";
import { EMAIL_TAKEN_MESSAGE, isUniqueViolation } from "@/lib/dal/accounts/internal/accounts";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";

export type InvitationPreview =
  | { status: "valid"; organizationName: string; email: string; role: string; accountExists: boolean }
  | { status: "malformed" | "expired" | "used" | "revoked" | "unknown" };

export async function createInvitation(
  actor: Actor,
  raw: TCreateInvitation,
): Promise<{ token: string; invitationId: string }> {
  const member = await authorize(actor, "member.manage");
  const input = ZCreateInvitation.parse(raw);
  const alreadyMember = await db().membership.findFirst({
    where: { organizationId: member.organizationId, user: { email: input.email } },
    select: { id: true },
  });
  if (alreadyMember) {
    const message = "This person is already a member of the organisation.";
    throw new AppError("VALIDATION", message, { fieldErrors: { email: [message] } });
  }
  const { token, invitationId } = await db().$transaction((tx) => insertInvitation(tx, member, input));
  return { token, invitationId };
}

export async function listInvitations(actor: Actor) {
  const member = await authorize(actor, "member.read");
  return db().invitation.findMany({
    where: { organizationId: member.organizationId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true } },
    },
  });
}

export async function revokeInvitation(actor: Actor, invitationId: string): Promise<void> {
  const member = await authorize(actor, "member.manage");
  await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: member.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "This invitation no longer exists.");
    await writeAudit(tx, member, { action: "invitation.revoked", entityType: "Invitation", entityId: invitationId });
  });
}

async function findInvitation(token: string) {
  if (!ZInvitationToken.safeParse(token).success) return null;
  return db().invitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
}

// Public: the invite page shows what the link is for before anyone signs in.
export async function previewInvitation(token: string): Promise<InvitationPreview> {
  if (!ZInvitationToken.safeParse(token).success) return { status: "malformed" };
  const invitation = await findInvitation(token);
  if (!invitation) return { status: "unknown" };
  if (invitation.revokedAt) return { status: "revoked" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt < new Date()) return { status: "expired" };
  const account = await db().user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    status: "valid",
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    accountExists: !!account,
  };
}

const INVALID_INVITATION: Record<Exclude<InvitationPreview["status"], "valid">, string> = {
  malformed: "This invitation link is incomplete or malformed. Copy the whole link from the invitation and try again.",
  unknown: "This invitation link is not valid. Ask your administrator for a new one.",
  expired: "This invitation has expired. Ask your administrator for a new one.",
  used: "This invitation has already been accepted.",
  revoked: "This invitation was withdrawn by an administrator.",
};

async function claimInvitation(tx: Tx, token: string, user: { id: string; email: string }): Promise<string> {
  const invitation = await findInvitation(token);
  const status = !invitation
    ? "unknown"
    : invitation.revokedAt
      ? "revoked"
      : invitation.acceptedAt
        ? "used"
        : invitation.expiresAt < new Date()
          ? "expired"
          : null;
  if (status || !invitation) throw new AppError("VALIDATION", INVALID_INVITATION[status ?? "unknown"]);
  if (invitation.email !== user.email) {
    throw new AppError(
      "FORBIDDEN",
      `This invitation was sent to ${invitation.email}. Sign in with that account to accept it.`,
    );
  }
  // The conditional update makes a double click or two tabs accept the invitation only once.
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null },
    data: { acceptedAt: new Date() },
  });
  if (count === 0) throw new AppError("VALIDATION", INVALID_INVITATION.used);
  const existing = await tx.membership.findUnique({
    where: { userId_organizationId: { userId: user.id, organizationId: invitation.organizationId } },
    select: { id: true },
  });
  if (existing) return invitation.organizationId;
  const membership = await tx.membership.create({
    data: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role },
    select: { id: true, userId: true, role: true },
  });
  const audit = { organizationId: invitation.organizationId, userId: user.id, actorLabel: user.email };
  await writeAudit(tx, audit, { action: "invitation.accepted", entityType: "Invitation", entityId: invitation.id });
  await writeAudit(tx, audit, {
    action: "membership.created",
    entityType: "Membership",
    entityId: membership.id,
    after: membership,
  });
  return invitation.organizationId;
}

export function invitationProblem(status: Exclude<InvitationPreview["status"], "valid">): string {
  return INVALID_INVITATION[status];
}

export async function acceptInvitation(actor: UserActor, token: string): Promise<{ organizationId: string }> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true } });
  const organizationId = await db().$transaction((tx) => claimInvitation(tx, token, user));
  if (actor.sessionId)
    await db().authSession.update({ where: { id: actor.sessionId }, data: { activeOrganizationId: organizationId } });
  return { organizationId };
}

// For invitees without an account: the account and the membership are created together or not at all.
export async function acceptInvitationAsNewUser(raw: TAcceptInvitationNewUser): Promise<{ email: string }> {
  const input = ZAcceptInvitationNewUser.parse(raw);
  const preview = await previewInvitation(input.token);
  if (preview.status !== "valid") throw new AppError("VALIDATION", INVALID_INVITATION[preview.status]);
  const passwordHash = await hashPassword(input.password);
  try {
    await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: preview.email, name: input.name, passwordHash },
        select: { id: true, email: true },
      });
      await claimInvitation(tx, input.token, user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", EMAIL_TAKEN_MESSAGE);
    throw error;
  }
  return { email: preview.email };
}

// For a caller that already holds the transaction and an authorised administrator (the organisation import, which
// must write all or nothing): the same row and audit event as createInvitation, and the one-time link's secret.
export async function insertInvitation(
  tx: Tx,
  member: Member,
  input: TCreateInvitation,
): Promise<{ token: string; invitationId: string; email: string; role: string }> {
  const { email, role } = ZCreateInvitation.parse(input);
  const token = randomSecret();
  const expiresAt = new Date(Date.now() + env().INVITATION_TTL_DAYS * 86_400_000);
  const created = await tx.invitation.create({
    data: {
      organizationId: member.organizationId,
      email,
      role,
      tokenHash: sha256Hex(token),
      expiresAt,
      invitedById: member.userId,
    },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  await writeAudit(tx, member, {
    action: "invitation.created",
    entityType: "Invitation",
    entityId: created.id,
    after: created,
  });
  return { token, invitationId: created.id, email: created.email, role: created.role };
}
