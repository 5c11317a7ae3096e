import "server-only";
import type { Actor, Member, TokenActor } from "@/lib/auth/actor";
import { can, tokenCan, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// Loads the actor's membership of its active organisation and checks one permission. Every DAL function starts
// here, and then filters its queries by the returned organizationId: a missing check fails closed.
export async function authorize(actor: Actor, permission: Permission): Promise<Member> {
  if (actor.kind === "token") return authorizeToken(actor, permission);
  if (!actor.organizationId) {
    throw new AppError("FORBIDDEN", "You are not a member of any organisation yet.");
  }
  const membership = await db().membership.findUnique({
    where: { userId_organizationId: { userId: actor.userId, organizationId: actor.organizationId } },
    select: { role: true, user: { select: { email: true } } },
  });
  if (!membership) throw new AppError("FORBIDDEN", "You are not a member of this organisation.");
  if (!can(membership.role, permission)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this action.");
  }
  return {
    userId: actor.userId,
    organizationId: actor.organizationId,
    role: membership.role,
    actorLabel: membership.user.email,
  };
}

// The token was checked (hash, expiry, revocation) when the request came in; scopes decide the rest.
function authorizeToken(actor: TokenActor, permission: Permission): Member {
  if (!tokenCan(actor.scopes, permission)) {
    throw new AppError("FORBIDDEN", `This API token's scopes do not allow this (${permission}).`);
  }
  return { userId: actor.createdById, organizationId: actor.organizationId, role: null, actorLabel: actor.label, tokenId: actor.tokenId };
}

// For flows that only a signed-in person can do (switching organisation, accepting an invitation).
export function requireUserActor(actor: Actor) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "This needs a signed-in user, not an API token.");
  return actor;
}
