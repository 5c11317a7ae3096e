import "server-only";
import { cache } from "react";
import type { Actor, Member, TokenActor } from "@/lib/access/actor";
import { can, tokenCan, type Permission } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// One page render calls many DAL functions (a system page: layout, tabs, side cards), each authorising the same
// person. React's cache() shares the membership lookup within one server-component render and is a plain call
// everywhere else (server actions, route handlers, scripts, tests), so a role change is never served stale from
// one request to the next. The permission check itself still runs on every call.
const findMembership = cache((userId: string, organizationId: string) =>
  db().membership.findUnique({
    where: { userId_organizationId: { userId, organizationId } },
    select: { role: true, user: { select: { email: true } } },
  }),
);

// Loads the actor's membership of its active organisation and checks one permission. Every DAL function starts
// here, and then filters its queries by the returned organizationId: a missing check fails closed.
export async function authorize(actor: Actor, permission: Permission): Promise<Member> {
  if (actor.kind === "token") return authorizeToken(actor, permission);
  if (!actor.organizationId) {
    throw new AppError("FORBIDDEN", "You are not a member of any organisation yet.");
  }
  const membership = await findMembership(actor.userId, actor.organizationId);
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
  return {
    userId: actor.createdById,
    organizationId: actor.organizationId,
    role: null,
    actorLabel: actor.label,
    tokenId: actor.tokenId,
  };
}
