import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { date, type Doc, evidenceVersionRow, importerWrote, PDF, systemRow } from "./org-import-attacks";
import { freshImportCase, postImport } from "./org-import-case";

// Rows pointing into another organisation: org-import-isolation.int.test.ts. Here: B's own rows, malformed.

// The attack came through the browser's import route, so the route handler is exercised whole; only the session
// lookup and Next's cache are stubbed. Organisation A is the victim, B the attacker's fresh, empty organisation.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let b: { organizationId: string; admin: UserActor };
let doc: Doc;
beforeEach(async () => {
  ({ b, doc } = await freshImportCase(session));
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
      const { status, body } = await postImport(doc);
      expect(status).toBe(422);
      expect(body.error).toMatch(message);
      expect(await importerWrote(b.organizationId)).toBe(0);
      // The same problems, in German and French: every line's words translated, its table, row and column kept.
      for (const [locale, where] of [
        ["de", /^Tabelle ([^\s,:]+)(?:, Zeile \d+)?(?:, Spalte \S+)?: (.+)$/],
        ["fr", /^Table ([^\s,:]+)(?:, ligne \d+)?(?:, colonne \S+)? : (.+)$/],
      ] as const) {
        session.actor = { ...b.admin, locale };
        const said = await postImport(doc);
        expect(said.body.problems).toHaveLength(body.problems!.length);
        said.body.problems!.forEach((line, i) => {
          const english = /^Table ([^\s,:]+)[^:]*: (.+)$/.exec(body.problems![i]!)!;
          const [, table, problem] = where.exec(line) ?? [line];
          expect([table, problem === english[2]]).toEqual([english[1], false]);
        });
      }
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
    const { status, body } = await postImport(doc);
    expect(status).toBe(422);
    expect(body.error).toMatch(/evidenceVersion.*row 1.*content/);
    expect(await importerWrote(b.organizationId)).toBe(0);
  }, 60_000);

  it("refuses a file whose recorded SHA-256 does not match its bytes", async () => {
    withEvidence(doc, PDF, { sha256: "0".repeat(64) });
    const { status, body } = await postImport(doc);
    expect(status).toBe(422);
    expect(body.error).toMatch(/evidenceVersion.*row 1.*sha256/);
  }, 60_000);

  it("stores the sniffed type and the server's own size, whatever the file claims", async () => {
    withEvidence(doc, PDF, { mimeType: "text/html", sizeBytes: 1 });
    const { status } = await postImport(doc);
    expect(status).toBe(200);
    const stored = await db().evidenceVersion.findFirstOrThrow({
      where: { evidence: { organizationId: b.organizationId } },
    });
    expect(stored).toMatchObject({ mimeType: "application/pdf", sizeBytes: PDF.byteLength });
  }, 60_000);
});

// A person reads the route's refusal next to the file they chose, in their language (issue #22), as an action's.
describe("the import route's refusals in the importer's language", () => {
  it("says in German that the file is not an export, and in French that the organisation already has records", async () => {
    session.actor = { ...b.admin, locale: "de" };
    const notExport = await postImport({ format: "something else" });
    expect(notExport.status).toBe(422);
    expect(notExport.body.error).toMatch(/^Diese Datei ist kein Actlas-Organisationsexport \(Formatversion 1\)/);

    session.actor = { ...b.admin, locale: "fr" };
    doc.tables.aiSystem = [systemRow("s1", doc.organization.id)];
    expect((await postImport(doc)).status).toBe(200);
    const again = await postImport(doc);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/^Cette organisation contient déjà des enregistrements \(/);
  }, 60_000);

  it("lists each row's problems in the importer's language, with the file's own table, column and values", async () => {
    session.actor = { ...b.admin, locale: "de" };
    doc.tables.aiSystem = [
      { ...systemRow("s1", doc.organization.id), lifecycleStage: 7, ownerId: "nobody", isAdmin: true },
    ];
    const de = await postImport(doc);
    expect(de.status).toBe(422);
    expect(de.body.error).toMatch(
      /^Es wurde nichts importiert: Die Datei hat 3 Probleme\. Tabelle aiSystem, Zeile 1, /,
    );
    expect(de.body.error).toContain("Tabelle aiSystem, Zeile 1, Spalte isAdmin: ist keine Spalte dieser Tabelle.");
    expect(de.body.error).toMatch(/Spalte lifecycleStage: muss einer der Werte PLANNED, .+ sein\./);
    expect(de.body.error).toContain(
      "Spalte ownerId: verweist auf nobody, das keine Person der Personenliste der Datei ist; ein Import darf nur auf Zeilen verweisen, die er selbst enthält.",
    );
    expect(de.body.problems).toHaveLength(3);
    for (const line of de.body.problems ?? []) expect(line).toMatch(/^Tabelle aiSystem, Zeile 1, Spalte \w+: \S/);

    session.actor = { ...b.admin, locale: "fr" };
    doc.tables.aiSystem = [{ ...systemRow("s1", doc.organization.id), name: null }];
    const fr = await postImport(doc);
    expect(fr.body.error).toBe(
      "Rien n'a été importé : le fichier comporte 1 problème. Table aiSystem, ligne 1, colonne name : est obligatoire.",
    );
  }, 60_000);
});
