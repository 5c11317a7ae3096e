import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { date, type Doc, importerWrote, systemRow, type Victim, victimSnapshot } from "./org-import-attacks";
import { freshImportCase, postImport } from "./org-import-case";
import { CROSS_TENANT_ATTACKS } from "./org-import-cross-tenant-rows";

// Column and value checks: org-import-validation.int.test.ts; people: org-import-people.int.test.ts.

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

describe("organisation import cannot reach another organisation", () => {
  it.each(CROSS_TENANT_ATTACKS)(
    "refuses %s: whole file rejected, naming table, row and column; nothing written anywhere",
    async (_name, craft, message) => {
      craft(doc, a);
      const before = await victimSnapshot(a.organizationId);
      const { status, body } = await postImport(doc);
      expect(status).toBe(422);
      expect(body.ok).toBe(false);
      expect(body.error, body.error).toMatch(message);
      expect(await victimSnapshot(a.organizationId)).toEqual(before);
      expect(await importerWrote(b.organizationId)).toBe(0);
    },
    60_000,
  );

  it("refuses a user reference to someone the file does not list, and a monitoring plan item owned by a stranger", async () => {
    const stranger = await db().user.findFirstOrThrow({
      where: { memberships: { some: { organizationId: a.organizationId } } },
    });
    doc.tables.aiSystem = [{ ...systemRow("s1", doc.organization.id), ownerId: stranger.id }];
    const { status, body } = await postImport(doc);
    expect(status).toBe(422);
    expect(body.error).toMatch(/aiSystem.*row 1.*ownerId/);
    doc.tables.aiSystem = [systemRow("s1", doc.organization.id)];
    doc.tables.monitoringPlan = [
      {
        id: "p1",
        organizationId: doc.organization.id,
        systemId: "s1",
        ownerId: null,
        items: [{ what: "Drift", ownerId: stranger.id }],
        reviewFrequency: "",
        notes: "",
        version: 1,
        createdAt: date(),
        updatedAt: date(),
        updatedById: null,
      },
    ];
    const second = await postImport(doc);
    expect(second.status).toBe(422);
    expect(second.body.error).toMatch(/monitoringPlan.*row 1.*items/);
    expect(await importerWrote(b.organizationId)).toBe(0);
  }, 60_000);

  it("sets the importing organisation on every row, whatever the file says", async () => {
    doc.tables.aiSystem = [systemRow("s1", a.organizationId)];
    doc.tables.aiModel = [
      {
        id: "m1",
        organizationId: a.organizationId,
        name: "m",
        description: "",
        registryName: null,
        registryConnectionId: null,
        tags: {},
        createdAt: date(),
        updatedAt: date(),
      },
    ];
    doc.tables.modelVersion = [
      {
        id: "mv1",
        modelId: "m1",
        version: "1",
        stage: "",
        metrics: {},
        datasetRefs: [],
        tags: {},
        registryRunId: null,
        syncedAt: null,
        createdAt: date(),
      },
    ];
    const { status } = await postImport(doc);
    expect(status).toBe(200);
    expect(await db().aiSystem.count({ where: { organizationId: a.organizationId, name: "Attacker system s1" } })).toBe(
      0,
    );
    expect(await db().aiSystem.count({ where: { organizationId: b.organizationId } })).toBe(1);
    expect(await db().modelVersion.count({ where: { model: { organizationId: b.organizationId } } })).toBe(1);
  }, 60_000);
});
