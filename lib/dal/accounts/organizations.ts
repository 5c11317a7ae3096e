import "server-only";
import { cache } from "react";
import type { UserActor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZCreateOrganization, type TCreateOrganization } from "@/lib/validations/auth";
import { createOrganizationFor } from "@/lib/dal/accounts/internal/accounts";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { sessionRowsOf } from "@/lib/dal/core/render-session";

export type ViewerDTO = {
  user: { id: string; name: string; email: string };
  organization: { id: string; name: string } | null;
  role: Role | null;
  organizations: { id: string; name: string; role: Role }[];
};

type ViewerRow = {
  id: string;
  name: string;
  email: string;
  role: Role | null;
  orgId: string | null;
  orgName: string | null;
};

// What the app shell needs about the signed-in person; the list only includes organisations they belong to.
// Cached per render (the layout and the page both ask); outside a render, cache() is a plain call. In a page render
// the session lookup has already read it (lib/dal/core/render-session); elsewhere it is one statement, where the
// relation query it replaced took three round trips through the ORM.
export const getViewer = cache(async (actor: UserActor): Promise<ViewerDTO> => {
  const session = sessionRowsOf(actor.userId);
  if (session) {
    const byName = session.memberships.toSorted((a, b) => a.nameOrder - b.nameOrder);
    const organizations = byName.map((m) => ({ id: m.organizationId, name: m.name, role: m.role }));
    return viewerOf({ id: session.userId, name: session.name, email: session.email }, organizations, actor);
  }
  const rows = await db().$queryRaw<ViewerRow[]>`
    SELECT u.id, u.name, u.email, m.role::text AS role, o.id AS "orgId", o.name AS "orgName"
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u.id
    LEFT JOIN "Organization" o ON o.id = m."organizationId"
    WHERE u.id = ${actor.userId}
    ORDER BY o.name ASC, o.id ASC`;
  const [user] = rows;
  if (!user) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  const organizations = rows.flatMap((r) =>
    r.orgId && r.orgName !== null && r.role ? [{ id: r.orgId, name: r.orgName, role: r.role }] : [],
  );
  const { id, name, email } = user;
  return viewerOf({ id, name, email }, organizations, actor);
});

function viewerOf(user: ViewerDTO["user"], organizations: ViewerDTO["organizations"], actor: UserActor): ViewerDTO {
  const active = organizations.find((o) => o.id === actor.organizationId) ?? null;
  return {
    user,
    organization: active && { id: active.id, name: active.name },
    role: active?.role ?? null,
    organizations,
  };
}

export async function switchOrganization(actor: UserActor, organizationId: string): Promise<void> {
  if (!actor.sessionId) throw new AppError("FORBIDDEN", "Only a signed-in browser session can switch organisation.");
  const target = await authorize({ ...actor, organizationId }, "system.read").catch(() => {
    throw new AppError("NOT_FOUND", "You are not a member of that organisation.");
  });
  await db().$transaction(async (tx) => {
    await tx.authSession.update({
      where: { id: actor.sessionId, userId: actor.userId },
      data: { activeOrganizationId: organizationId },
    });
    await writeAudit(tx, target, {
      action: "session.organization_switched",
      entityType: "Organization",
      entityId: organizationId,
    });
  });
}

export async function createOrganization(
  actor: UserActor,
  raw: TCreateOrganization,
): Promise<{ organizationId: string }> {
  const input = ZCreateOrganization.parse(raw);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true } });
  const organizationId = await db().$transaction(async (tx) => {
    const id = await createOrganizationFor(tx, user, input.organizationName);
    if (actor.sessionId)
      await tx.authSession.update({ where: { id: actor.sessionId }, data: { activeOrganizationId: id } });
    return id;
  });
  return { organizationId };
}
