import { describe, expect, it } from "vitest";
import { verifyOrganizationChain } from "@/lib/dal/audit-verify";
import { exportOrganization } from "@/lib/dal/org-export";
import { AUDIT_TABLE, EXCLUDED_MODELS, EXPORT_TABLES } from "@/lib/dal/org-export-spec";
import { verifyDossier } from "@/lib/dal/dossiers";
import { importOrganization } from "@/lib/dal/org-import";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { UserActor } from "@/lib/auth/actor";
import { addMember, createOrganization } from "../../helpers/factories";
import { createRichOrganization } from "./rich-org";
import { withSecondDatabase } from "./second-database";

type Doc = { organization: { name: string }; members: { email: string; role: string }[]; tables: Record<string, Record<string, unknown>[]> };

async function exportText(actor: UserActor): Promise<string> {
  const { chunks } = await exportOrganization(actor);
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

const scalarFields = (model: string) => Object.keys((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`] ?? {});
const NOT_TENANT = ["User", "Organization", "LoginAttempt"];
const AUDIT_CONTENT = ["actorId", "actorLabel", "action", "entityType", "entityId", "systemId", "before", "after", "createdAt"];

// Maps A's ids onto B's with the importer's own id map, so every other value must match exactly: a column the
// importer drops or alters shows up as a difference. Rows are compared as sorted sets per table.
function normalise(doc: Doc, idMap: Map<string, string> | null) {
  // Arrays are mapped element-wise (id lists, and the monitoring plan's items whose ownerId the importer remaps);
  // other JSON content (audit snapshots, dossier snapshots) must come back byte-for-byte.
  const map = (v: unknown): unknown => {
    if (typeof v === "string") return idMap?.get(v) ?? v;
    if (Array.isArray(v)) return v.map((item) => (item && typeof item === "object" && "ownerId" in item ? { ...item, ownerId: map(item.ownerId) } : map(item)));
    return v;
  };
  const tables: Record<string, string[]> = {};
  for (const spec of EXPORT_TABLES) {
    tables[spec.key] = (doc.tables[spec.key] ?? []).map((row) => {
      const { organizationId: _o, ...rest } = row;
      return JSON.stringify(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, idMap ? map(v) : v])));
    }).sort();
  }
  return tables;
}

describe("organisation export and import", () => {
  it("the exporter names every model of the schema: exported, deliberately excluded, or not tenant data", () => {
    const known = new Set([...EXPORT_TABLES.map((t) => t.model), ...Object.keys(EXCLUDED_MODELS), "AuditEvent", ...NOT_TENANT]);
    expect(Object.values(Prisma.ModelName).filter((m) => !known.has(m))).toEqual([]);
  });

  it("round-trips an organisation into an empty one on another server without loss, with a verifying audit chain", async () => {
    const { admin } = await createRichOrganization();
    const textA = await exportText(admin);
    const docA = JSON.parse(textA) as Doc;
    for (const spec of EXPORT_TABLES) {
      expect(docA.tables[spec.key]?.length, `fixture has no ${spec.model}`).toBeGreaterThan(0);
      const expected = scalarFields(spec.model).filter((f) => !spec.omit?.includes(f)).sort();
      expect(Object.keys(docA.tables[spec.key][0]).sort(), `${spec.model} columns`).toEqual(expected);
    }
    expect(JSON.stringify(docA.tables.webhook)).not.toContain("s3cret");

    const { docB, idMap, chain } = await withSecondDatabase(async () => {
      const b = await createOrganization("Restored");
      const result = await importOrganization(b.admin, textA);
      const chainB = await verifyOrganizationChain(b.organizationId);
      return { docB: JSON.parse(await exportText(b.admin)) as Doc, idMap: result.idMap, chain: chainB };
    });
    expect(chain.ok).toBe(true);
    expect(normalise(docB, null)).toEqual(normalise(docA, idMap));
    for (const m of docA.members) expect(docB.members).toContainEqual(expect.objectContaining({ email: m.email, role: m.role }));

    const auditA = docA.tables[AUDIT_TABLE].map((e) => AUDIT_CONTENT.map((k) => (typeof e[k] === "string" ? (idMap.get(e[k] as string) ?? e[k]) : e[k])));
    const auditB = docB.tables[AUDIT_TABLE].slice(0, auditA.length).map((e) => AUDIT_CONTENT.map((k) => e[k]));
    expect(auditB).toEqual(auditA);
    expect(docB.tables[AUDIT_TABLE].slice(auditA.length).map((e) => e.action)).toEqual(["organization.imported", "organization.exported"]);
  }, 120_000);

  it("refuses a non-empty organisation, other roles and files that are not exports", async () => {
    const { admin, organizationId } = await createRichOrganization();
    const text = await exportText(admin);
    await expect(importOrganization(admin, text)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("empty organisation") });
    const empty = await createOrganization("Empty");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    await expect(importOrganization(officer, text)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportOrganization(officer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importOrganization(empty.admin, "{not json")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(importOrganization(empty.admin, JSON.stringify({ format: "other" }))).rejects.toMatchObject({ code: "VALIDATION" });
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
