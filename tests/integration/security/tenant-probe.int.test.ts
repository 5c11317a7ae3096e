import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem, uniqueEmail } from "../../helpers/factories";
import { fingerprint, probePlan, UNSCOPED_TABLES } from "./tenant-probe";

// An organisation with one row in each link and version table (each carries its parent's organizationId).
async function orgWithChildRows(name: string) {
  const { organizationId, admin } = await createOrganization(name);
  const systemId = await createSystem(organizationId, `${name} system`);
  const evidence = await db().evidence.create({
    data: { organizationId, systemId, kind: "FILE", title: "Bias report" },
  });
  const file = {
    fileName: "bias.pdf",
    mimeType: "application/pdf",
    sizeBytes: 3,
    sha256: "abc",
    content: new Uint8Array([1, 2, 3]),
  };
  const evidenceVersion = await db().evidenceVersion.create({
    data: { organizationId, evidenceId: evidence.id, version: 1, ...file },
  });
  const model = await db().aiModel.create({ data: { organizationId, name: "scorer" } });
  const modelVersion = await db().modelVersion.create({ data: { organizationId, modelId: model.id, version: "1" } });
  const dataset = await db().dataset.create({ data: { organizationId, name: "loans" } });
  await db().aiSystemDataset.create({ data: { organizationId, systemId, datasetId: dataset.id } });
  await db().aiSystemModel.create({ data: { organizationId, systemId, modelId: model.id } });
  return { organizationId, admin, systemId, evidence, evidenceVersion, file, modelVersion };
}

const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(after).filter((t) => after[t] !== before[t]);

describe("the tamper probe's fingerprint", () => {
  it("covers every table of the schema: digested per organisation, or declared with the reason it is left out", async () => {
    const tables = (
      await db().$queryRawUnsafe<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
      )
    ).map((t) => t.name);
    const { scoped, excluded } = await probePlan();
    expect([...Object.keys(scoped), ...Object.keys(excluded)].sort()).toEqual(tables.sort());
    // A declaration for a table that no longer exists is stale and would hide a rename.
    expect(Object.keys(UNSCOPED_TABLES).filter((t) => !tables.includes(t))).toEqual([]);
    for (const child of [
      "AiSystemDataset",
      "AiSystemModel",
      "EvidenceVersion",
      "ModelVersion",
      "User",
      "AuthSession",
      "Organization",
    ]) {
      expect(scoped[child], child).toEqual(expect.stringContaining("$1"));
    }
    expect(Object.keys(excluded).sort()).toEqual(["PendingSignUp", "RateLimit", "_prisma_migrations"]);
    const { organizationId } = await createOrganization("Shape");
    expect(Object.keys(await fingerprint(organizationId)).sort()).toEqual(Object.keys(scoped).sort());
    console.info(
      `tamper probes digest ${Object.keys(scoped).length} tables; ${Object.keys(excluded).length} declared out of scope`,
    );
  });

  it("follows a new child table's foreign key, and refuses a table that belongs to no organisation until it is declared", async () => {
    await db().$executeRawUnsafe(
      `CREATE TABLE "ProbeChild" ("id" text PRIMARY KEY, "systemId" text NOT NULL REFERENCES "AiSystem"("id"))`,
    );
    await db().$executeRawUnsafe(
      `CREATE TABLE "ProbeGrandchild" ("id" text PRIMARY KEY, "childId" text NOT NULL REFERENCES "ProbeChild"("id"))`,
    );
    try {
      const { scoped } = await probePlan();
      expect(scoped.ProbeChild).toContain(`"AiSystem"."organizationId" = $1`);
      expect(scoped.ProbeGrandchild).toContain(`"ProbeChild"."systemId" IN`);
      await db().$executeRawUnsafe(`CREATE TABLE "ProbeOrphan" ("id" text PRIMARY KEY, "note" text)`);
      await expect(probePlan()).rejects.toThrow(
        /Table "ProbeOrphan" has no organizationId .*declare it in UNSCOPED_TABLES/,
      );
    } finally {
      await db().$executeRawUnsafe(`DROP TABLE IF EXISTS "ProbeOrphan", "ProbeGrandchild", "ProbeChild"`);
    }
  });

  it("changes when a child row of the organisation changes, and not when another organisation's does", async () => {
    const victim = await orgWithChildRows("Victim");
    const other = await orgWithChildRows("Other");
    const start = await fingerprint(victim.organizationId);

    await db().evidenceVersion.create({
      data: { organizationId: other.organizationId, evidenceId: other.evidence.id, version: 2, ...other.file },
    });
    await db().evidenceVersion.update({ where: { id: other.evidenceVersion.id }, data: { fileName: "tampered.pdf" } });
    await db().modelVersion.update({ where: { id: other.modelVersion.id }, data: { stage: "Archived" } });
    await db().aiSystemDataset.deleteMany({ where: { systemId: other.systemId } });
    expect(await fingerprint(victim.organizationId), "another organisation's child rows changed").toEqual(start);

    await db().evidenceVersion.update({ where: { id: victim.evidenceVersion.id }, data: { fileName: "tampered.pdf" } });
    const afterEvidence = await fingerprint(victim.organizationId);
    expect(changedTables(start, afterEvidence)).toEqual(["EvidenceVersion"]);

    await db().modelVersion.update({ where: { id: victim.modelVersion.id }, data: { stage: "Archived" } });
    await db().aiSystemDataset.deleteMany({ where: { systemId: victim.systemId } });
    expect(changedTables(afterEvidence, await fingerprint(victim.organizationId)).sort()).toEqual([
      "AiSystemDataset",
      "ModelVersion",
    ]);
  });

  it("sees a change to a member's user row or session, and not to someone who is not a member", async () => {
    const victim = await createOrganization("Members");
    const member = await addMember(victim.organizationId, "AUDITOR");
    const stranger = await addMember(
      (await createOrganization("Strangers")).organizationId,
      "ADMIN",
      uniqueEmail("stranger"),
    );
    const start = await fingerprint(victim.organizationId);

    await db().user.update({ where: { id: stranger.userId }, data: { name: "Renamed stranger" } });
    await db().authSession.create({ data: { userId: stranger.userId, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await fingerprint(victim.organizationId)).toEqual(start);

    await db().user.update({ where: { id: member.userId }, data: { name: "Renamed member" } });
    const renamed = await fingerprint(victim.organizationId);
    expect(changedTables(start, renamed)).toEqual(["User"]);
    // A session of an outsider switched into the organisation is as telling as one of its members.
    await db().authSession.create({
      data: {
        userId: stranger.userId,
        activeOrganizationId: victim.organizationId,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    expect(changedTables(renamed, await fingerprint(victim.organizationId))).toEqual(["AuthSession"]);
  });
});
