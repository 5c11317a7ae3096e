import { describe, expect, it } from "vitest";
import { authorize } from "@/lib/dal/core/authorize";
import { previewGate } from "@/lib/dal/classification/gate";
import { getDocumentation } from "@/lib/dal/legal-records/legal-records";
import { systemLegalContext } from "@/lib/dal/legal-records/internal/context";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { DEROGATION_PROFILE, legalOrganisation, unclassifiedMinimal } from "../legal/helpers";

// The Overview's reads were made cheaper (issue #9); these pin that they still answer exactly as before.
describe("the system overview's reads", () => {
  it("derives the documentation line from the run's facets and roles exactly as the full classification context does", async () => {
    for (const setup of [() => legalOrganisation(), () => legalOrganisation(DEROGATION_PROFILE, "Derogation")]) {
      const { legal, systemId } = await setup();
      const member = await authorize(legal, "system.read");
      const full = await systemLegalContext(member.organizationId, systemId);
      const doc = await getDocumentation(legal, systemId);
      expect(doc.applicability).toEqual(full.applicability);
      expect(Object.values(doc.applicability).some((a) => a.applies)).toBe(true);
    }
    const minimal = await unclassifiedMinimal();
    expect((await getDocumentation(minimal.legal, minimal.systemId)).applicability.ANNEX_IV.applies).toBe(false);
    const never = await createOrganization();
    const unclassified = await getDocumentation(
      never.admin,
      await createSystem(never.organizationId, "Never classified"),
    );
    expect(unclassified.applicability.FRIA).toEqual({
      applies: false,
      reason: expect.stringMatching(/^Classify the system first/),
    });
  });

  it("treats another organisation's system as not found, for the documentation line and the CI gate", async () => {
    const { systemId } = await legalOrganisation(undefined, "Owner");
    const other = await createOrganization();
    await expect(getDocumentation(other.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewGate(other.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewGate(other.admin, await createSystem(other.organizationId, "Own"))).resolves.toMatchObject({
      lastStatus: null,
    });
  });

  it("re-reads the membership on every call outside a page render, so a changed role counts at once", async () => {
    const { organizationId, admin } = await createOrganization();
    await expect(authorize(admin, "member.manage")).resolves.toMatchObject({ role: "ADMIN" });
    await db().membership.update({
      where: { userId_organizationId: { userId: admin.userId, organizationId } },
      data: { role: "AUDITOR" },
    });
    await expect(authorize(admin, "member.manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db().membership.delete({ where: { userId_organizationId: { userId: admin.userId, organizationId } } });
    await expect(authorize(admin, "system.read")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
