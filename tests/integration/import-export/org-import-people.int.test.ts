import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { listReviewDecisions } from "@/lib/dal/classification/reviews";
import { listSystemObligations } from "@/lib/dal/obligations/obligations";
import { importOrganization } from "@/lib/dal/org-transfer/import";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { uniqueEmail } from "../../helpers/factories";
import { date, type Doc, systemRow, type Victim } from "./org-import-attacks";
import { freshImportCase } from "./org-import-case";

// The attack came through the browser's import route, so the route handler is exercised whole; only the session
// lookup and Next's cache are stubbed. Organisation A is the victim, B the attacker's fresh, empty organisation.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let a: Victim;
let b: { organizationId: string; admin: UserActor };
let doc: Doc;
beforeEach(async () => {
  ({ a, b, doc } = await freshImportCase(session));
});

describe("people in an import become invitations or names, never accounts or memberships", () => {
  it("invites the file's members instead of adding them, creates no account, and keeps a stranger's authorship as a name", async () => {
    const victimAdmin = await db().user.findFirstOrThrow({
      where: { memberships: { some: { organizationId: a.organizationId, role: "ADMIN" } } },
    });
    const ghost = uniqueEmail("ghost");
    doc.members.push({
      email: victimAdmin.email,
      role: "ADMIN",
      notificationPrefs: {},
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    doc.people.push(
      { id: "victim", email: victimAdmin.email, name: victimAdmin.name },
      { id: "ghost", email: ghost, name: "Ghost Writer" },
    );
    const obligationRow = {
      id: "o1",
      organizationId: doc.organization.id,
      systemId: "s1",
      code: "ART_9",
      role: "PROVIDER",
      article: "Art 9",
      title: "Risk management",
      summary: "",
      appliesFrom: date(),
      blocking: false,
      status: "NOT_STARTED",
      notApplicableReason: "",
      ownerId: "victim",
      dueDate: null,
      obsoleteAt: null,
      sourceRunId: null,
      version: 1,
      createdAt: date(),
      updatedAt: date(),
    };
    doc.tables.aiSystem = [systemRow("s1", doc.organization.id)];
    doc.tables.obligation = [obligationRow];
    doc.tables.comment = [
      {
        id: "c1",
        organizationId: doc.organization.id,
        obligationId: "o1",
        authorId: "ghost",
        body: "Reviewed",
        createdAt: date(),
      },
    ];
    doc.tables.classificationRun = [
      {
        id: "run1",
        organizationId: doc.organization.id,
        systemId: "s1",
        sequence: 1,
        answers: {},
        result: {},
        ruleSetId: "r",
        systemVersion: 1,
        tier: "HIGH",
        disposition: "FINAL",
        createdById: "ghost",
        createdAt: date(),
      },
    ];
    doc.tables.reviewDecision = [
      {
        id: "d1",
        organizationId: doc.organization.id,
        runId: "run1",
        decision: "CONFIRMED",
        overrideTier: null,
        justification: "",
        openQuestions: [],
        decidedById: "ghost",
        decidedAt: date(),
      },
    ];

    const result = await importOrganization(b.admin, JSON.stringify(doc));
    expect(result).toMatchObject({ invitations: 1, names: 2 });
    expect(await db().membership.count({ where: { organizationId: b.organizationId, userId: victimAdmin.id } })).toBe(
      0,
    );
    expect(
      await db().invitation.findMany({
        where: { organizationId: b.organizationId },
        select: { email: true, role: true, acceptedAt: true },
      }),
    ).toEqual([{ email: victimAdmin.email, role: "ADMIN", acceptedAt: null }]);
    expect(await db().user.count({ where: { email: ghost } })).toBe(0);
    const comment = await db().comment.findFirstOrThrow({ where: { organizationId: b.organizationId } });
    expect(comment).toMatchObject({ authorId: b.admin.userId, authorName: "Ghost Writer" });
    const system = await db().aiSystem.findFirstOrThrow({ where: { organizationId: b.organizationId } });
    const obligation = one(await listSystemObligations(b.admin, system.id), 0, "imported obligation");
    expect(obligation.ownerId).toBeNull();
    expect(obligation.comments.map((c) => c.author.name)).toEqual(["Ghost Writer"]);
    expect((await listReviewDecisions(b.admin, system.id)).map((d) => d.decidedByName)).toEqual(["Ghost Writer"]);
    expect(
      await db().classificationRun.findFirstOrThrow({
        where: { organizationId: b.organizationId },
        select: { createdById: true },
      }),
    ).toEqual({ createdById: null });
  }, 60_000);
});
