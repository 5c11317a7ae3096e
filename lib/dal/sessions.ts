import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export function sessionMaxAgeSeconds(): number {
  return env().SESSION_MAX_AGE_HOURS * 3600;
}

// Called at sign-in. The active organisation starts as the one the user last used, else their oldest membership.
export async function createAuthSession(userId: string): Promise<{ sessionId: string }> {
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
      activeOrganizationId: lastSession?.activeOrganizationId ?? firstMembership?.organizationId ?? null,
      expiresAt: new Date(Date.now() + sessionMaxAgeSeconds() * 1000),
    },
    select: { id: true },
  });
  return { sessionId: session.id };
}

// Resolves a session id from the signed cookie into an actor; revoked or expired sessions resolve to null.
export async function resolveSession(sessionId: string): Promise<UserActor | null> {
  const session = await db().authSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: {
      userId: true,
      activeOrganizationId: true,
      user: { select: { memberships: { select: { organizationId: true }, orderBy: { createdAt: "asc" } } } },
    },
  });
  if (!session) return null;
  const orgIds = session.user.memberships.map((m) => m.organizationId);
  const active = session.activeOrganizationId && orgIds.includes(session.activeOrganizationId)
    ? session.activeOrganizationId
    : (orgIds[0] ?? null);
  return { kind: "user", userId: session.userId, sessionId, organizationId: active };
}

export async function revokeAuthSession(sessionId: string): Promise<void> {
  await db().authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
