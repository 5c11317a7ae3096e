import "server-only";
import { cache } from "react";
import type { Actor, Member, TokenActor } from "@/lib/access/actor";
import { can, tokenCan, type Permission, type Role } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sessionRowsOf } from "./render-session";

// One page render calls many DAL functions (a system page: layout, tabs, side cards), each authorising the same
// person. React's cache() shares the membership lookup within one server-component render and is a plain call
// everywhere else (server actions, route handlers, scripts, tests), so a role change is never served stale from
// one request to the next. The permission check itself still runs on every call.
// One statement with the member's e-mail (the audit label) joined in: the ORM sent two, on every page. The notification
// preferences come along because every page's unread badge needs them (storedNotificationPrefs), which would
// otherwise be a statement of its own.
// In a page render the session lookup has already read the membership (render-session.ts).
const findMembership = cache(async (userId: string, organizationId: string) => {
  const session = sessionRowsOf(userId);
  if (session) {
    const membership = session.memberships.find((m) => m.organizationId === organizationId);
    return membership
      ? { role: membership.role, email: session.email, notificationPrefs: membership.notificationPrefs }
      : null;
  }
  const [row] = await db().$queryRaw<{ role: Role; email: string; notificationPrefs: unknown }[]>`
    SELECT m.role::text AS role, u.email, m."notificationPrefs" AS "notificationPrefs"
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."userId" = ${userId} AND m."organizationId" = ${organizationId}`;
  return row ?? null;
});

const NOT_A_MEMBER = "You are not a member of this organisation.";

// Loads the actor's membership of its active organisation and checks one permission. Every DAL function starts
// here, and then filters its queries by the returned organizationId: a missing check fails closed.
export async function authorize(actor: Actor, permission: Permission): Promise<Member> {
  if (actor.kind === "token") return authorizeToken(actor, permission);
  if (!actor.organizationId) {
    throw new AppError("FORBIDDEN", "You are not a member of any organisation yet.");
  }
  const membership = await findMembership(actor.userId, actor.organizationId);
  if (!membership) throw new AppError("FORBIDDEN", NOT_A_MEMBER);
  if (!can(membership.role, permission)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this action.");
  }
  return {
    userId: actor.userId,
    organizationId: actor.organizationId,
    role: membership.role,
    actorLabel: membership.email,
  };
}

/** The stored notification preferences of an authorised person's membership, from the row authorize() read. */
export async function storedNotificationPrefs(member: Member): Promise<unknown> {
  const membership = await findMembership(member.userId, member.organizationId);
  if (!membership) throw new AppError("FORBIDDEN", NOT_A_MEMBER);
  return membership.notificationPrefs;
}

// The token was checked (hash, expiry, revocation) when the request came in; scopes decide the rest.
function authorizeToken(actor: TokenActor, permission: Permission): Member {
  if (!tokenCan(actor.scopes, permission)) {
    throw new AppError("FORBIDDEN", `This API token's scopes do not allow this (${permission}).`);
  }
  return {
    userId: actor.createdById,
    organizationId: actor.organizationId,
    role: null,
    actorLabel: actor.label,
    tokenId: actor.tokenId,
  };
}
