import "server-only";
import { createHash } from "node:crypto";
import type { UserActor } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { keepSessionRows, type SessionMembership } from "@/lib/dal/core/render-session";

export function sessionMaxAgeSeconds(): number {
  return env().SESSION_MAX_AGE_HOURS * 3600;
}

// Called at sign-in. The active organisation starts as the one asked for (single sign-on maps one), else the one
// the user last used, else their oldest membership.
export async function createAuthSession(
  userId: string,
  preferredOrganizationId?: string | null,
): Promise<{ sessionId: string }> {
  const [lastSession, firstMembership] = await Promise.all([
    db().authSession.findFirst({
      where: { userId, activeOrganizationId: { not: null } },
      orderBy: { lastSeenAt: "desc" },
      select: { activeOrganizationId: true },
    }),
    db().membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { organizationId: true } }),
  ]);
  const session = await db().authSession.create({
    data: {
      userId,
      activeOrganizationId:
        preferredOrganizationId ?? lastSession?.activeOrganizationId ?? firstMembership?.organizationId ?? null,
      expiresAt: new Date(Date.now() + sessionMaxAgeSeconds() * 1000),
    },
    select: { id: true },
  });
  return { sessionId: session.id };
}

type SessionRow = {
  userId: string;
  activeOrganizationId: string | null;
  locale: string | null;
  name: string;
  email: string;
  memberships: SessionMembership[];
};

// Resolves a session id from the signed cookie into an actor; revoked or expired sessions resolve to null.
// One statement for the session, the person and all their memberships (with each organisation's name), which a
// page render keeps for the shell's viewer and for authorize() (lib/dal/core/render-session).
export async function resolveSession(sessionId: string): Promise<UserActor | null> {
  const [session] = await db().$queryRaw<SessionRow[]>`
    SELECT s."userId", s."activeOrganizationId", u."locale", u.name, u.email,
      COALESCE((
        SELECT json_agg(json_build_object('organizationId', x."organizationId", 'name', x.name, 'role', x.role,
          'notificationPrefs', x."notificationPrefs", 'nameOrder', x."nameOrder") ORDER BY x."createdAt", x.id)
        FROM (
          SELECT m.id, m."organizationId", o.name, m.role, m."notificationPrefs", m."createdAt",
            row_number() OVER (ORDER BY o.name, o.id) AS "nameOrder"
          FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
          WHERE m."userId" = s."userId"
        ) x
      ), '[]'::json) AS memberships
    FROM "AuthSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${new Date()}`;
  if (!session) return null;
  const { userId, name, email, memberships } = session;
  keepSessionRows({ userId, name, email, memberships });
  // Memberships come oldest first: the oldest is the fallback when the stored one is gone.
  const active =
    memberships.find((m) => m.organizationId === session.activeOrganizationId)?.organizationId ??
    memberships[0]?.organizationId ??
    null;
  // The language is on the actor only when the person chose one, so the interface follows their browser otherwise.
  return {
    kind: "user",
    userId,
    sessionId,
    organizationId: active,
    ...(session.locale ? { locale: session.locale } : {}),
  };
}

export async function revokeAuthSession(sessionId: string): Promise<void> {
  await db().authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

// Rotation on a change of privilege: the old session id stops working at once, and a one-time "ticket" row
// (revoked, so it never authenticates by itself; its id derived from the old id) lets the holder of the old
// signed cookie exchange it exactly once for a brand-new session id. The person stays signed in with the new
// role; a copy of the old cookie used after that exchange is worthless.
function rotationTicketId(oldSessionId: string): string {
  return `rot_${createHash("sha256").update(`rotation:${oldSessionId}`).digest("hex").slice(0, 40)}`;
}

export async function rotateSessionsOf(tx: Tx, userId: string, organizationId: string): Promise<number> {
  const now = new Date();
  const live = await tx.authSession.findMany({
    where: { userId, activeOrganizationId: organizationId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, expiresAt: true },
  });
  if (live.length === 0) return 0;
  await tx.authSession.updateMany({ where: { id: { in: live.map((s) => s.id) } }, data: { revokedAt: now } });
  await tx.authSession.createMany({
    data: live.map((s) => ({
      id: rotationTicketId(s.id),
      userId,
      activeOrganizationId: organizationId,
      expiresAt: s.expiresAt,
      revokedAt: now,
    })),
    skipDuplicates: true,
  });
  return live.length;
}

export async function hasRotationTicket(oldSessionId: string): Promise<boolean> {
  const ticket = await db().authSession.findFirst({
    where: { id: rotationTicketId(oldSessionId), expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return ticket !== null;
}

// Spends the ticket (only one caller can delete it) and returns the new session id, or null when there is none.
export async function claimRotatedSession(oldSessionId: string): Promise<string | null> {
  return db().$transaction(async (tx) => {
    const ticket = await tx.authSession.findFirst({
      where: { id: rotationTicketId(oldSessionId), expiresAt: { gt: new Date() } },
      select: { id: true, userId: true, activeOrganizationId: true, expiresAt: true },
    });
    if (!ticket) return null;
    const { count } = await tx.authSession.deleteMany({ where: { id: ticket.id } });
    if (count !== 1) return null;
    const next = await tx.authSession.create({
      data: { userId: ticket.userId, activeOrganizationId: ticket.activeOrganizationId, expiresAt: ticket.expiresAt },
      select: { id: true },
    });
    return next.id;
  });
}

// Ends every live session of a user at once (after a password reset): each signed cookie stops working on its next
// request, on every device.
export async function revokeAllSessionsOf(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.authSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
