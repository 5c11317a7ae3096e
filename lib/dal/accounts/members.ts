import "server-only";
import type { Actor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { rotateSessionsOf } from "@/lib/dal/accounts/internal/sessions";

export type MemberDTO = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
};

export async function listMembers(actor: Actor): Promise<MemberDTO[]> {
  const member = await authorize(actor, "member.read");
  const rows = await db().membership.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { user: { name: "asc" } },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({
    membershipId: r.id,
    userId: r.user.id,
    name: r.user.name,
    email: r.user.email,
    role: r.role,
    joinedAt: r.createdAt,
  }));
}

// An organisation must always keep at least one administrator, or nobody could manage it again.
async function assertKeepsAnAdmin(tx: Tx, organizationId: string, membershipId: string) {
  const admins = await tx.membership.count({ where: { organizationId, role: "ADMIN", id: { not: membershipId } } });
  if (admins === 0)
    throw new AppError(
      "CONFLICT",
      "The organisation needs at least one administrator. Make someone else an administrator first.",
    );
}

export async function changeMemberRole(actor: Actor, input: { membershipId: string; role: Role }): Promise<void> {
  const member = await authorize(actor, "member.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findFirst({
      where: { id: input.membershipId, organizationId: member.organizationId },
      select: { id: true, role: true, userId: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This member no longer exists.");
    if (before.role === input.role) return;
    if (before.role === "ADMIN") await assertKeepsAnAdmin(tx, member.organizationId, before.id);
    const after = await tx.membership.update({
      where: { id: before.id },
      data: { role: input.role },
      select: { id: true, role: true, userId: true },
    });
    // A change of privilege rotates the person's sessions in this organisation: the old session ids stop working
    // at once and each holder may exchange theirs once for a new one (see rotateSessionsOf).
    await rotateSessionsOf(tx, before.userId, member.organizationId);
    await writeAudit(tx, member, {
      action: "membership.role_changed",
      entityType: "Membership",
      entityId: before.id,
      before,
      after,
    });
  });
}

export async function removeMember(actor: Actor, membershipId: string): Promise<void> {
  const member = await authorize(actor, "member.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: member.organizationId },
      select: { id: true, role: true, userId: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This member no longer exists.");
    if (before.role === "ADMIN") await assertKeepsAnAdmin(tx, member.organizationId, before.id);
    await tx.membership.delete({ where: { id: before.id } });
    await tx.authSession.updateMany({
      where: { userId: before.userId, activeOrganizationId: member.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await writeAudit(tx, member, {
      action: "membership.removed",
      entityType: "Membership",
      entityId: before.id,
      before,
    });
  });
}
