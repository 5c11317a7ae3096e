import { describe, expect, it, vi } from "vitest";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { createAuthSession, resolveSession } from "@/lib/dal/accounts/internal/sessions";
import { authorize, storedNotificationPrefs } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../helpers/factories";
import { renderScope } from "../helpers/render-scope";
import { statementsOf } from "../helpers/statements";

vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  cache: (await import("../helpers/render-scope")).renderCache,
}));

// Issue #21: every signed-in page read the session, the viewer and the membership in three statements. A page render
// now reads them in one (the session lookup) and shares it; outside a render each is read afresh.

/** A person in two organisations (named so that name order differs from joining order), signed in to the second. */
async function personInTwoOrganisations() {
  const later = await createOrganization("Zeta");
  const earlier = await createOrganization("Alpha");
  const person = await addMember(later.organizationId, "LEGAL");
  await db().membership.create({
    data: {
      userId: person.userId,
      organizationId: earlier.organizationId,
      role: "AUDITOR",
      notificationPrefs: { obligation_due: { email: false, inApp: true } },
    },
  });
  await db().authSession.deleteMany({ where: { userId: person.userId } });
  const { sessionId } = await createAuthSession(person.userId, earlier.organizationId);
  return { sessionId, person, alpha: earlier.organizationId, zeta: later.organizationId };
}

/** What a signed-in page asks of the data layer before its own content. */
async function shellReads(sessionId: string) {
  const actor = (await resolveSession(sessionId))!;
  const viewer = await getViewer(actor);
  const member = await authorize(actor, "system.read");
  const prefs = await storedNotificationPrefs(member);
  return { actor, viewer, member, prefs };
}

describe("the session rows a page render shares", () => {
  it("reads session, viewer and membership in one statement in a render, with the same answers as outside one", async () => {
    const { sessionId, alpha, zeta } = await personInTwoOrganisations();
    let inRender: Awaited<ReturnType<typeof shellReads>> | undefined;
    expect(await statementsOf(() => renderScope(async () => (inRender = await shellReads(sessionId))))).toBe(1);
    let outside: Awaited<ReturnType<typeof shellReads>> | undefined;
    // Outside a render nothing is shared: the unread badge's preferences read the membership again.
    expect(await statementsOf(async () => (outside = await shellReads(sessionId)))).toBe(4);
    expect(inRender).toEqual(outside);
    expect(inRender!.actor.organizationId).toBe(alpha);
    expect(inRender!.member.role).toBe("AUDITOR");
    expect(inRender!.prefs).toEqual({ obligation_due: { email: false, inApp: true } });
    expect(inRender!.viewer.organizations.map((o) => o.id)).toEqual([alpha, zeta]);
  });

  it("refuses an organisation the person has left, in a render as outside one", async () => {
    const { sessionId, person, zeta } = await personInTwoOrganisations();
    await db().membership.deleteMany({ where: { userId: person.userId, organizationId: zeta } });
    await renderScope(async () => {
      const actor = (await resolveSession(sessionId))!;
      await expect(authorize({ ...actor, organizationId: zeta }, "system.read")).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect((await getViewer(actor)).organizations).toHaveLength(1);
    });
  });

  it("reads a role changed after the session lookup afresh outside a render (server actions, route handlers)", async () => {
    const { sessionId, person, alpha } = await personInTwoOrganisations();
    const actor = (await resolveSession(sessionId))!;
    await db().membership.update({
      where: { userId_organizationId: { userId: person.userId, organizationId: alpha } },
      data: { role: "ADMIN" },
    });
    expect((await authorize(actor, "system.read")).role).toBe("ADMIN");
    expect((await getViewer(actor)).role).toBe("ADMIN");
  });

  it("reads the dashboard's data stamp once per render, however many cards ask", async () => {
    const { organizationId } = await createOrganization();
    const cards = ["figures", "governance", "coverage"];
    const ask = () => Promise.all(cards.map((card) => withDataStamp(organizationId, card, async () => card)));
    expect(await statementsOf(() => renderScope(ask))).toBe(1);
    expect(await statementsOf(ask)).toBe(3);
  });
});
