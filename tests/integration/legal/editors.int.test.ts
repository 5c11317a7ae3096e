import { describe, expect, it } from "vitest";
import { getDocumentation, getRecordEditor } from "@/lib/dal/legal-records/legal-records";
import { saveAnnexIvSection, saveFria } from "@/lib/dal/legal-records/write";
import { db } from "@/lib/db/client";
import { ZAnnexIvSectionInput, ZFriaInput } from "@/lib/validations/legal-records";
import { createOrganization } from "../../helpers/factories";
import { FULL_FRIA, input, legalOrganisation, unclassifiedMinimal } from "./helpers";

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("the FRIA editor", () => {
  it("saves a FRIA, audits it, and the hub shows it; the intake pre-fills a new one", async () => {
    const { organizationId, legal, systemId } = await legalOrganisation();
    const editor = await getRecordEditor(legal, systemId, "FRIA");
    expect(editor.applicability.applies).toBe(true);
    expect(editor.record).toBeNull();
    expect(editor.prefill).toMatchObject({
      processes: "Score consumer-credit applicants.",
      affectedGroups: "Customers",
    });
    expect(editor.prefill.oversight).toContain("An officer reviews every decline.");

    const saved = await saveFria(
      legal,
      input(
        systemId,
        { ...FULL_FRIA, notifiedOn: "2027-03-02", authority: "KNF" },
        { complete: true, ownerId: legal.userId },
      ),
    );
    expect(saved.version).toBe(1);
    const doc = await getDocumentation(legal, systemId);
    expect(doc.fria).toMatchObject({
      complete: true,
      ownerName: "Test LEGAL",
      fields: expect.objectContaining({ authority: "KNF", risks: FULL_FRIA.risks }),
    });
    const event = await db().auditEvent.findFirstOrThrow({ where: { organizationId, action: "legal_record.created" } });
    expect(event).toMatchObject({ entityId: saved.id, systemId, actorId: legal.userId });
  });

  it("refuses incomplete required fields, bad dates and a missing authority, each next to its field", () => {
    const result = ZFriaInput.safeParse(
      input("s", { ...FULL_FRIA, risks: " ", notifiedOn: "2027-13-45" }, { complete: true }),
    );
    expect(fieldErrors(result)).toEqual({
      "fields.risks": expect.stringMatching(/before marking the record complete/),
      "fields.notifiedOn": "Enter a date like 2027-03-01.",
      "fields.authority": expect.any(String),
    });
    const noAuthority = ZFriaInput.safeParse(input("s", { ...FULL_FRIA, notifiedOn: "2027-03-02" }));
    expect(fieldErrors(noAuthority)).toEqual({ "fields.authority": "Name the authority you notified on that date." });
    // A draft may be saved half-written.
    expect(ZFriaInput.safeParse(input("s", { processes: "x" })).success).toBe(true);
  });

  it("refuses a role without legal.write, another organisation's system and a system that needs no FRIA", async () => {
    const { manager, systemId } = await legalOrganisation();
    await expect(saveFria(manager, input(systemId, FULL_FRIA))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await createOrganization("Other");
    await expect(saveFria(other.admin, input(systemId, FULL_FRIA))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRecordEditor(other.admin, systemId, "FRIA")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const minimal = await unclassifiedMinimal();
    await expect(saveFria(minimal.legal, input(minimal.systemId, FULL_FRIA))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(
        /does not apply to this system\. The current classification does not require a FRIA/,
      ),
    });
  });

  it("refuses the second of two edits made from the same version, naming who changed it", async () => {
    const { legal, compliance, systemId } = await legalOrganisation();
    await saveFria(legal, input(systemId, FULL_FRIA));
    await saveFria(legal, input(systemId, { ...FULL_FRIA, risks: "Legal's risks" }, { version: 1 }));
    await expect(
      saveFria(compliance, input(systemId, { ...FULL_FRIA, risks: "Compliance's risks" }, { version: 1 })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Changed by Test LEGAL at .*Your input is still here\.$/),
    });
    // Two people creating the record at once: one wins, the other is told.
    const fresh = await legalOrganisation();
    const results = await Promise.allSettled([
      saveFria(fresh.legal, input(fresh.systemId, FULL_FRIA)),
      saveFria(fresh.compliance, input(fresh.systemId, FULL_FRIA)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await getDocumentation(fresh.legal, fresh.systemId)).fria?.fields.risks).toBe(FULL_FRIA.risks);
  });
});

describe("the Annex IV editor", () => {
  it("saves sections, counts completes, links evidence of the system only and checks the owner", async () => {
    const { legal, admin, systemId } = await legalOrganisation();
    const evidence = await db().evidence.create({
      data: {
        organizationId: (await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } })).organizationId,
        systemId,
        title: "Model card",
        kind: "LINK",
        url: "https://example.com/card",
      },
    });
    await saveAnnexIvSection(legal, {
      ...input(
        systemId,
        { rationale: "AUC and approval-rate parity suit a credit model." },
        { complete: true, evidenceIds: [evidence.id] },
      ),
      section: 4,
    });
    await saveAnnexIvSection(legal, { ...input(systemId, { riskSystem: "Draft" }), section: 5 });
    const doc = await getDocumentation(admin, systemId);
    expect(doc.annexIvComplete).toBe(1);
    expect(doc.annexIv.filter((s) => !s.complete).map((s) => s.number)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);

    const other = await legalOrganisation();
    await expect(
      saveAnnexIvSection(legal, { ...input(systemId, {}, { version: 1, evidenceIds: ["nope"] }), section: 4 }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { evidenceIds: [expect.any(String)] } });
    await expect(
      saveAnnexIvSection(legal, { ...input(systemId, {}, { version: 1, ownerId: other.legal.userId }), section: 4 }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { ownerId: [expect.any(String)] } });
  });

  it("names the missing points of a section marked complete, and knows only sections 1 to 9", () => {
    const result = ZAnnexIvSectionInput.safeParse({
      ...input("s", { evaluation: "Monthly drift review" }, { complete: true }),
      section: 9,
    });
    expect(fieldErrors(result)).toEqual({ "fields.plan": expect.stringMatching(/before marking/) });
    expect(fieldErrors(ZAnnexIvSectionInput.safeParse({ ...input("s", {}), section: 10 }))).toEqual({
      section: "Annex IV has sections 1 to 9.",
    });
  });

  it("is refused where the organisation is not the provider of a high-risk system, with the reason", async () => {
    const { legal, systemId } = await unclassifiedMinimal();
    await expect(
      saveAnnexIvSection(legal, { ...input(systemId, { rationale: "x" }), section: 4 }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/not high-risk, so no Annex IV technical documentation is required/),
    });
    const { manager, systemId: other } = await legalOrganisation();
    await expect(saveAnnexIvSection(manager, { ...input(other, {}), section: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
