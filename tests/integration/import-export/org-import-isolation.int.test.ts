import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { listSystemObligations } from "@/lib/dal/obligations/obligations";
import { importOrganization } from "@/lib/dal/org-transfer/import";
import { listReviewDecisions } from "@/lib/dal/classification/reviews";
import { db } from "@/lib/db/client";
import { createOrganization, uniqueEmail } from "../../helpers/factories";
import {
  createVictim,
  date,
  type Doc,
  evidenceVersionRow,
  exportDoc,
  importerWrote,
  importRequest,
  PDF,
  systemRow,
  type Victim,
  victimSnapshot,
} from "./org-import-attacks";

// The attack came through the browser's import route, so the route handler is exercised whole; only the session
// lookup and Next's cache are stubbed. Organisation A is the victim, B the attacker's fresh, empty organisation.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { POST } = await import("@/app/(app)/settings/data/import/route");

async function post(doc: unknown) {
  const response = await POST(importRequest(doc));
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: string } };
}

let a: Victim;
let b: { organizationId: string; admin: UserActor };
let doc: Doc;
beforeEach(async () => {
  a = await createVictim();
  b = await createOrganization("Attacker");
  session.actor = b.admin;
  doc = await exportDoc(b.admin);
  const me = doc.people[0];
  doc.people = [me];
});

// Each attack of the report: a row of B's file that points at one of A's rows.
const attacks: [string, (d: Doc, v: Victim) => void, RegExp][] = [
  [
    "a comment on A's obligation",
    (d, v) => {
      d.tables.comment = [
        {
          id: "c1",
          organizationId: v.organizationId,
          obligationId: v.obligationId,
          authorId: d.people[0].id,
          body: "forged",
          createdAt: date(),
        },
      ];
    },
    /comment.*row 1.*obligationId/,
  ],
  [
    "a legal attestation of A's dossier",
    (d, v) => {
      d.tables.dossierAttestation = [
        {
          id: "t1",
          organizationId: v.organizationId,
          dossierId: v.dossierId,
          attestedById: d.people[0].id,
          name: "Legal",
          role: "Legal",
          statement: "I attest",
          attestedAt: date(),
        },
      ];
    },
    /dossierAttestation.*row 1.*dossierId/,
  ],
  [
    "a new version of A's evidence file",
    (d, v) => {
      d.tables.evidenceVersion = [evidenceVersionRow("v1", v.evidenceId, PDF, { version: 2 })];
    },
    /evidenceVersion.*row 1.*evidenceId/,
  ],
  [
    "a version of A's model",
    (d, v) => {
      d.tables.modelVersion = [
        {
          id: "mv1",
          modelId: v.modelId,
          version: "9",
          stage: "",
          metrics: {},
          datasetRefs: [],
          tags: {},
          registryRunId: null,
          syncedAt: null,
          createdAt: date(),
        },
      ];
    },
    /modelVersion.*row 1.*modelId/,
  ],
  [
    "a link from B's system to A's model",
    (d, v) => {
      d.tables.aiSystem = [systemRow("s1", d.organization.id)];
      d.tables.aiSystemModel = [{ systemId: "s1", modelId: v.modelId }];
    },
    /aiSystemModel.*row 1.*modelId/,
  ],
  [
    "a link from B's system to A's dataset",
    (d, v) => {
      d.tables.aiSystem = [systemRow("s1", d.organization.id)];
      d.tables.aiSystemDataset = [{ systemId: "s1", datasetId: v.datasetId }];
    },
    /aiSystemDataset.*row 1.*datasetId/,
  ],
  [
    "a legal record citing A's evidence",
    (d, v) => {
      d.tables.aiSystem = [systemRow("s1", d.organization.id)];
      d.tables.legalRecord = [
        {
          id: "l1",
          organizationId: d.organization.id,
          systemId: "s1",
          kind: "ANNEX_IV",
          section: 1,
          content: {},
          ownerId: null,
          complete: false,
          evidenceIds: [v.evidenceId],
          signedOffById: null,
          signedOffAt: null,
          version: 1,
          createdAt: date(),
          updatedAt: date(),
          updatedById: null,
        },
      ];
    },
    /legalRecord.*row 1.*evidenceIds/,
  ],
  [
    "a review decision on A's classification run",
    (d, v) => {
      d.tables.reviewDecision = [
        {
          id: "r1",
          organizationId: v.organizationId,
          runId: v.runId,
          decision: "CONFIRMED",
          overrideTier: null,
          justification: "",
          openQuestions: [],
          decidedById: d.people[0].id,
          decidedAt: date(),
        },
      ];
    },
    /reviewDecision.*row 1.*runId/,
  ],
];

describe("organisation import cannot reach another organisation", () => {
  it.each(attacks)(
    "refuses %s: whole file rejected, naming table, row and column; nothing written anywhere",
    async (_name, craft, message) => {
      craft(doc, a);
      const before = await victimSnapshot(a.organizationId);
      const { status, body } = await post(doc);
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
    const { status, body } = await post(doc);
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
    const second = await post(doc);
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
    const { status } = await post(doc);
    expect(status).toBe(200);
    expect(await db().aiSystem.count({ where: { organizationId: a.organizationId, name: "Attacker system s1" } })).toBe(
      0,
    );
    expect(await db().aiSystem.count({ where: { organizationId: b.organizationId } })).toBe(1);
    expect(await db().modelVersion.count({ where: { model: { organizationId: b.organizationId } } })).toBe(1);
  }, 60_000);
});

describe("organisation import checks every column and value", () => {
  it.each([
    [
      "an unknown column",
      (d: Doc) => {
        d.tables.aiSystem = [{ ...systemRow("s1", d.organization.id), isAdmin: true }];
      },
      /aiSystem.*row 1.*isAdmin/,
    ],
    [
      "a secret column the export leaves out",
      (d: Doc) => {
        d.tables.webhook = [
          {
            id: "w1",
            organizationId: d.organization.id,
            url: "https://x.example",
            description: "",
            secret: "mine",
            events: [],
            active: true,
            createdById: null,
            createdAt: date(),
            updatedAt: date(),
          },
        ];
      },
      /webhook.*row 1.*secret/,
    ],
    [
      "a table that is not exported",
      (d: Doc) => {
        d.tables.membership = [{ id: "x" }];
      },
      /membership/,
    ],
    [
      "a number that is text",
      (d: Doc) => {
        d.tables.aiSystem = [{ ...systemRow("s1", d.organization.id), version: "abc" }];
      },
      /aiSystem.*row 1.*version/,
    ],
    [
      "a value outside its enum",
      (d: Doc) => {
        d.tables.aiSystem = [{ ...systemRow("s1", d.organization.id), tier: "SUPREME" }];
      },
      /aiSystem.*row 1.*tier/,
    ],
    [
      "a malformed date",
      (d: Doc) => {
        d.tables.aiSystem = [{ ...systemRow("s1", d.organization.id), createdAt: { $date: "yesterday" } }];
      },
      /aiSystem.*row 1.*createdAt/,
    ],
    [
      "malformed bytes",
      (d: Doc) => {
        d.tables.aiSystem = [systemRow("s1", d.organization.id)];
        d.tables.evidence = [
          {
            id: "e1",
            organizationId: d.organization.id,
            systemId: "s1",
            obligationId: null,
            kind: "FILE",
            title: "t",
            url: null,
            createdAt: date(),
          },
        ];
        d.tables.evidenceVersion = [{ ...evidenceVersionRow("v1", "e1", PDF), content: { $bytes: 5 } }];
      },
      /evidenceVersion.*row 1.*content/,
    ],
    [
      "a missing required value",
      (d: Doc) => {
        const { name: _n, ...row } = systemRow("s1", d.organization.id);
        d.tables.aiSystem = [row];
      },
      /aiSystem.*row 1.*name/,
    ],
    [
      "a duplicate id",
      (d: Doc) => {
        d.tables.aiSystem = [systemRow("s1", d.organization.id), systemRow("s1", d.organization.id)];
      },
      /aiSystem.*row 2.*id/,
    ],
  ])(
    "refuses %s with a clear error and writes nothing",
    async (_name, craft, message) => {
      craft(doc);
      const { status, body } = await post(doc);
      expect(status).toBe(422);
      expect(body.error).toMatch(message);
      expect(await importerWrote(b.organizationId)).toBe(0);
    },
    60_000,
  );
});

describe("imported evidence files pass the upload checks", () => {
  function withEvidence(d: Doc, content: Uint8Array, extra: Record<string, unknown> = {}) {
    d.tables.aiSystem = [systemRow("s1", d.organization.id)];
    d.tables.evidence = [
      {
        id: "e1",
        organizationId: d.organization.id,
        systemId: "s1",
        obligationId: null,
        kind: "FILE",
        title: "t",
        url: null,
        createdAt: date(),
      },
    ];
    d.tables.evidenceVersion = [evidenceVersionRow("v1", "e1", content, extra)];
  }

  it("refuses content that is not what its name says (an HTML page named .pdf)", async () => {
    withEvidence(doc, new TextEncoder().encode("<html><script>alert(1)</script></html>"), { mimeType: "text/html" });
    const { status, body } = await post(doc);
    expect(status).toBe(422);
    expect(body.error).toMatch(/evidenceVersion.*row 1.*content/);
    expect(await importerWrote(b.organizationId)).toBe(0);
  }, 60_000);

  it("refuses a file whose recorded SHA-256 does not match its bytes", async () => {
    withEvidence(doc, PDF, { sha256: "0".repeat(64) });
    const { status, body } = await post(doc);
    expect(status).toBe(422);
    expect(body.error).toMatch(/evidenceVersion.*row 1.*sha256/);
  }, 60_000);

  it("stores the sniffed type and the server's own size, whatever the file claims", async () => {
    withEvidence(doc, PDF, { mimeType: "text/html", sizeBytes: 1 });
    const { status } = await post(doc);
    expect(status).toBe(200);
    const stored = await db().evidenceVersion.findFirstOrThrow({
      where: { evidence: { organizationId: b.organizationId } },
    });
    expect(stored).toMatchObject({ mimeType: "application/pdf", sizeBytes: PDF.byteLength });
  }, 60_000);
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
    const [obligation] = await listSystemObligations(b.admin, system.id);
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
