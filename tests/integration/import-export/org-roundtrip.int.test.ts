import { describe, expect, it } from "vitest";
import { verifyOrganizationChain } from "@/lib/dal/core/audit-verify";
import { exportOrganization } from "@/lib/dal/org-transfer/export";
import { EXCLUDED_MODELS } from "@/lib/dal/org-transfer/internal/excluded-models";
import { AUDIT_TABLE, EXPORT_TABLES, SERVER_SET, TEXT_ID_COLUMNS } from "@/lib/dal/org-transfer/internal/export-spec";
import { modelColumns } from "@/lib/dal/org-transfer/internal/import-columns";
import { verifyDossier } from "@/lib/dal/dossiers/verification";
import { importOrganization } from "@/lib/dal/org-transfer/import";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { UserActor } from "@/lib/access/actor";
import { defined, one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { createRichOrganization } from "./rich-org";
import { withSecondDatabase } from "./second-database";

type Doc = {
  organization: { name: string };
  members: { email: string; role: string }[];
  people: { id: string; name: string }[];
  tables: Record<string, Record<string, unknown>[]>;
};

async function exportText(actor: UserActor): Promise<string> {
  const { chunks } = await exportOrganization(actor);
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

const scalarFields = (model: string) =>
  Object.keys((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`] ?? {});
// Server-wide tables: accounts, sign-up and password-reset links, and rate-limit counters belong to no organisation.
const NOT_TENANT = ["User", "Organization", "LoginAttempt", "RateLimit", "PendingSignUp", "PasswordResetToken"];
const AUDIT_CONTENT = [
  "actorId",
  "actorLabel",
  "action",
  "entityType",
  "entityId",
  "systemId",
  "before",
  "after",
  "createdAt",
];

// What an import into an organisation where none of the file's people are members does to their references: an
// optional one is cleared, a required one (authorship) names the importing administrator and keeps the name.
function asNames(doc: Doc, importerId: string): Doc {
  const names = new Map(doc.people.map((p) => [p.id, p.name]));
  const tables = Object.fromEntries(
    EXPORT_TABLES.map((spec) => [
      spec.key,
      (doc.tables[spec.key] ?? []).map((raw) => {
        const row = { ...raw };
        for (const [column, kind] of Object.entries(spec.refs))
          if (kind === "User" && typeof row[column] === "string") {
            const label = spec.labels?.[column];
            if (label && !row[label]) row[label] = names.get(row[column] as string);
            row[column] = label ? importerId : null;
          }
        if (Array.isArray(row.items))
          row.items = row.items.map((item: Record<string, unknown>) =>
            "ownerId" in item ? { ...item, ownerId: null } : item,
          );
        return row;
      }),
    ]),
  );
  return { ...doc, tables: { ...doc.tables, ...tables } };
}

// Maps A's ids onto B's with the importer's own id map, so every other value must match exactly: a column the
// importer drops or alters shows up as a difference. Rows are compared as sorted sets per table.
function normalise(doc: Doc, idMap: Map<string, string> | null) {
  // Arrays are mapped element-wise (id lists, and the monitoring plan's items whose ownerId the importer remaps);
  // other JSON content (audit snapshots, dossier snapshots) must come back byte-for-byte.
  const map = (v: unknown): unknown => {
    if (typeof v === "string") return idMap?.get(v) ?? v;
    if (Array.isArray(v))
      return v.map((item) =>
        item && typeof item === "object" && "ownerId" in item ? { ...item, ownerId: map(item.ownerId) } : map(item),
      );
    return v;
  };
  const tables: Record<string, string[]> = {};
  for (const spec of EXPORT_TABLES) {
    tables[spec.key] = (doc.tables[spec.key] ?? [])
      .map((row) => {
        const { organizationId: _o, ...rest } = row;
        return JSON.stringify(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, idMap ? map(v) : v])));
      })
      .sort();
  }
  return tables;
}

describe("organisation export and import", () => {
  it("the exporter names every model of the schema: exported, deliberately excluded, or not tenant data", () => {
    const known = new Set([
      ...EXPORT_TABLES.map((t) => t.model),
      ...Object.keys(EXCLUDED_MODELS),
      "AuditEvent",
      ...NOT_TENANT,
    ]);
    expect(Object.values(Prisma.ModelName).filter((m) => !known.has(m))).toEqual([]);
  });

  it("classifies every id column of every exported table: a reference checked on import, or outside text", () => {
    for (const spec of EXPORT_TABLES) {
      const declared = new Set([
        ...SERVER_SET["*"],
        ...Object.keys(spec.refs),
        ...Object.keys(spec.refLists ?? {}),
        ...(TEXT_ID_COLUMNS[spec.key] ?? []),
      ]);
      const columns = modelColumns(spec.model);
      expect(
        [...columns.keys()].filter((c) => /Ids?$/.test(c) && !declared.has(c)),
        spec.model,
      ).toEqual([]);
      // A required person column must have a label, or a non-member's authorship would silently become the importer's.
      const unlabelled = Object.entries(spec.refs).filter(
        ([c, kind]) => kind === "User" && columns.get(c)?.isRequired && !spec.labels?.[c],
      );
      expect(unlabelled, spec.model).toEqual([]);
    }
  });

  it("round-trips an organisation into an empty one on another server without loss, with a verifying audit chain", async () => {
    const { admin } = await createRichOrganization();
    const textA = await exportText(admin);
    const docA = JSON.parse(textA) as Doc;
    for (const spec of EXPORT_TABLES) {
      const rows = docA.tables[spec.key] ?? [];
      expect(rows.length, `fixture has no ${spec.model}`).toBeGreaterThan(0);
      const expected = scalarFields(spec.model)
        .filter((f) => !spec.omit?.includes(f))
        .sort();
      expect(Object.keys(one(rows)).sort(), `${spec.model} columns`).toEqual(expected);
    }
    expect(JSON.stringify(docA.tables.webhook)).not.toContain("s3cret");

    const { docB, idMap, chain, importerId, invitations, result } = await withSecondDatabase(async () => {
      const b = await createOrganization("Restored");
      const imported = await importOrganization(b.admin, textA);
      const chainB = await verifyOrganizationChain(b.organizationId);
      const invited = await db().invitation.findMany({
        where: { organizationId: b.organizationId },
        select: { email: true, role: true },
      });
      return {
        docB: JSON.parse(await exportText(b.admin)) as Doc,
        idMap: imported.idMap,
        chain: chainB,
        importerId: b.admin.userId,
        invitations: invited,
        result: imported,
      };
    });
    expect(chain.ok).toBe(true);
    // Nobody of A is a member on the new server: people become names, members become invitations with their role.
    expect(normalise(docB, null)).toEqual(normalise(asNames(docA, importerId), idMap));
    expect(docB.members).toHaveLength(1);
    expect(invitations.map((i) => `${i.email} ${i.role}`).sort()).toEqual(
      docA.members.map((m) => `${m.email} ${m.role}`).sort(),
    );
    expect(result).toMatchObject({ invitations: docA.members.length, names: docA.people.length });

    const auditRowsA = defined(docA.tables[AUDIT_TABLE], "the audit table of the export");
    const auditRowsB = defined(docB.tables[AUDIT_TABLE], "the audit table of the re-export");
    const auditA = auditRowsA.map((e) =>
      AUDIT_CONTENT.map((k) =>
        k === "actorId" ? null : typeof e[k] === "string" ? (idMap.get(e[k] as string) ?? e[k]) : e[k],
      ),
    );
    const auditB = auditRowsB.slice(0, auditA.length).map((e) => AUDIT_CONTENT.map((k) => e[k]));
    expect(auditB).toEqual(auditA);
    expect(auditRowsB.slice(auditA.length).map((e) => e.action)).toEqual([
      ...docA.members.map(() => "invitation.created"),
      "organization.imported",
      "organization.exported",
    ]);
  }, 120_000);

  it("refuses a non-empty organisation, other roles and files that are not exports", async () => {
    const { admin, organizationId } = await createRichOrganization();
    const text = await exportText(admin);
    await expect(importOrganization(admin, text)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("empty organisation"),
    });
    const empty = await createOrganization("Empty");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    await expect(importOrganization(officer, text)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportOrganization(officer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importOrganization(empty.admin, "{not json")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(importOrganization(empty.admin, JSON.stringify({ format: "other" }))).rejects.toMatchObject({
      code: "VALIDATION",
    });
  }, 60_000);

  it("restores a copy next to its original on the same server, and the copy's sealed dossiers verify in the copy", async () => {
    const { admin, organizationId } = await createRichOrganization();
    const text = await exportText(admin);
    const copy = await createOrganization("Copy");
    await importOrganization(copy.admin, text);
    const original = await db().dossierVersion.findFirstOrThrow({ where: { organizationId }, select: { pdf: true } });
    await expect(verifyDossier(copy.admin, original.pdf)).resolves.toMatchObject({ genuine: true });
    await expect(verifyDossier(admin, original.pdf)).resolves.toMatchObject({ genuine: true });
  }, 60_000);
});
