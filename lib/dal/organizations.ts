import "server-only";
import { cache } from "react";
import type { UserActor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZCreateOrganization, type TCreateOrganization } from "@/lib/validations/auth";
import { createOrganizationFor } from "./accounts";
import { writeAudit } from "./audit";
import { authorize } from "./authorize";

export type ViewerDTO = {
  user: { id: string; name: string; email: string };
  organization: { id: string; name: string } | null;
  role: Role | null;
  organizations: { id: string; name: string; role: Role }[];
};

// What the app shell needs about the signed-in person; the list only includes organisations they belong to.
// Cached per render (the layout and the page both ask); outside a render, cache() is a plain call.
export const getViewer = cache(async (actor: UserActor): Promise<ViewerDTO> => {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: {
      id: true, name: true, email: true,
      memberships: { select: { role: true, organization: { select: { id: true, name: true } } }, orderBy: { organization: { name: "asc" } } },
    },
  });
  const organizations = user.memberships.map((m) => ({ id: m.organization.id, name: m.organization.name, role: m.role }));
  const active = organizations.find((o) => o.id === actor.organizationId) ?? null;
  return {
    user: { id: user.id, name: user.name, email: user.email },
    organization: active && { id: active.id, name: active.name },
    role: active?.role ?? null,
    organizations,
  };
});

export async function switchOrganization(actor: UserActor, organizationId: string): Promise<void> {
  if (!actor.sessionId) throw new AppError("FORBIDDEN", "Only a signed-in browser session can switch organisation.");
  const target = await authorize({ ...actor, organizationId }, "system.read").catch(() => {
    throw new AppError("NOT_FOUND", "You are not a member of that organisation.");
  });
  await db().$transaction(async (tx) => {
    await tx.authSession.update({ where: { id: actor.sessionId, userId: actor.userId }, data: { activeOrganizationId: organizationId } });
    await writeAudit(tx, target, { action: "session.organization_switched", entityType: "Organization", entityId: organizationId });
  });
}

export async function createOrganization(actor: UserActor, raw: TCreateOrganization): Promise<{ organizationId: string }> {
  const input = ZCreateOrganization.parse(raw);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true } });
  const organizationId = await db().$transaction(async (tx) => {
    const id = await createOrganizationFor(tx, user, input.organizationName);
    if (actor.sessionId) await tx.authSession.update({ where: { id: actor.sessionId }, data: { activeOrganizationId: id } });
    return id;
  });
  return { organizationId };
}
