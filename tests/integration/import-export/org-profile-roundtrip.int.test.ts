import { describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { exportOrganization } from "@/lib/dal/org-transfer/export";
import { importOrganization } from "@/lib/dal/org-transfer/import";
import { updateDocumentLanguage } from "@/lib/dal/accounts/language";
import { updateOrganizationProfile } from "@/lib/dal/accounts/organization-profile";
import { getObligationPlanning, updateObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { getRiskLabels, updateRiskLabels } from "@/lib/dal/risks/scale";
import { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_RISK_LABELS } from "@/lib/risks/labels";
import { createOrganization } from "../../helpers/factories";

// The organisation's own row is not one of the exported tables (the import writes into the importing organisation),
// so its columns travel in the file's "organization" header: every one is carried or named here with the reason.
const ORGANIZATION_COLUMNS: Record<string, string> = {
  id: "header: mapped to the importing organisation",
  name: "header: kept by the importing organisation (recorded in the import's audit event)",
  slug: "header: kept by the importing organisation (unique per server)",
  createdAt: "header: kept by the importing organisation",
  updatedAt: "set by the database",
  profile: "header: restored into the importing organisation, validated like the settings form",
  obligationLeadDays: "header (planning): restored into the importing organisation",
  evidenceRequiredForDone: "header (planning): restored into the importing organisation",
  riskLikelihoodLabels: "header (riskScale): restored into the importing organisation",
  riskImpactLabels: "header (riskScale): restored into the importing organisation",
  documentLocale: "header: restored into the importing organisation",
};

async function exportText(actor: UserActor): Promise<string> {
  const { chunks } = await exportOrganization(actor);
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

const profileOf = async (organizationId: string) =>
  (await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { profile: true } })).profile;

describe("the organisation profile in the organisation export", () => {
  it("names every column of the organisation's row", () => {
    expect(Object.keys(Prisma.OrganizationScalarFieldEnum).sort()).toEqual(Object.keys(ORGANIZATION_COLUMNS).sort());
  });

  it("travels in the file and is restored into the importing organisation", async () => {
    const source = await createOrganization("Profiled");
    await updateOrganizationProfile(source.admin, { establishedInEu: true, deployerEntityType: "public_law_body" });
    const text = await exportText(source.admin);
    expect(JSON.parse(text).organization.profile).toEqual({
      establishedInEu: true,
      deployerEntityType: "public_law_body",
    });
    const target = await createOrganization("Restored");
    await importOrganization(target.admin, text);
    expect(await profileOf(target.organizationId)).toEqual({
      establishedInEu: true,
      deployerEntityType: "public_law_body",
    });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: target.organizationId, action: "organization.imported" },
    });
    expect(event.after).toMatchObject({ profile: { establishedInEu: true, deployerEntityType: "public_law_body" } });
  });

  it("imports a file made before profiles existed, leaving the profile as it was", async () => {
    const source = await createOrganization("Old");
    const doc = JSON.parse(await exportText(source.admin));
    delete doc.organization.profile;
    const target = await createOrganization("Target");
    await updateOrganizationProfile(target.admin, { establishedInEu: false });
    await importOrganization(target.admin, JSON.stringify(doc));
    expect(await profileOf(target.organizationId)).toEqual({ establishedInEu: false });
  });

  it("refuses a profile the questionnaire would not accept, naming where, and imports nothing", async () => {
    const source = await createOrganization("Bad");
    const doc = JSON.parse(await exportText(source.admin));
    const target = await createOrganization("Target");
    for (const profile of [
      { establishedInEu: "maybe" },
      { establishedInEu: true, activities: ["uses"] },
      ["establishedInEu"],
    ]) {
      doc.organization.profile = profile;
      await expect(importOrganization(target.admin, JSON.stringify(doc))).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringContaining("organization.profile"),
      });
    }
    expect(await profileOf(target.organizationId)).toBeNull();
    expect(
      await db().auditEvent.count({
        where: { organizationId: target.organizationId, action: "organization.imported" },
      }),
    ).toBe(0);
  });

  it("carries the obligation planning settings, and refuses a lead time out of range", async () => {
    const source = await createOrganization("Planned");
    await updateObligationPlanning(source.admin, { obligationLeadDays: 14, doneRule: "evidence" });
    const text = await exportText(source.admin);
    const target = await createOrganization("Replanned");
    await importOrganization(target.admin, text);
    expect(await getObligationPlanning(target.admin)).toEqual({ obligationLeadDays: 14, doneRule: "evidence" });

    const doc = JSON.parse(text);
    doc.organization.planning.obligationLeadDays = 0;
    const other = await createOrganization("Refused");
    await expect(importOrganization(other.admin, JSON.stringify(doc))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("organization.planning"),
    });
    expect(await getObligationPlanning(other.admin)).toEqual({ obligationLeadDays: 30, doneRule: "evidence_or_note" });
  });

  it("carries the risk scale's words, and refuses a scale with a missing step", async () => {
    const source = await createOrganization("Scaled");
    const likelihood = ["Once a decade", "Yearly", "Quarterly", "Monthly", "Weekly"];
    await updateRiskLabels(source.admin, { likelihood, impact: [...DEFAULT_RISK_LABELS.impactLabels] });
    const text = await exportText(source.admin);
    expect(JSON.parse(text).organization.riskScale).toEqual({ likelihood, impact: [] });
    const target = await createOrganization("Rescaled");
    await importOrganization(target.admin, text);
    expect(await getRiskLabels(target.admin)).toEqual({
      likelihoodLabels: likelihood,
      impactLabels: DEFAULT_RISK_LABELS.impactLabels,
    });

    const doc = JSON.parse(text);
    doc.organization.riskScale.likelihood = likelihood.slice(0, 4);
    const other = await createOrganization("Refused");
    await expect(importOrganization(other.admin, JSON.stringify(doc))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("organization.riskScale"),
    });
    expect(await getRiskLabels(other.admin)).toEqual(DEFAULT_RISK_LABELS);
  });

  it("carries the document language, and refuses one Actlas does not speak", async () => {
    const source = await createOrganization("Französisch");
    await updateDocumentLanguage(source.admin, { documentLocale: "fr" });
    const text = await exportText(source.admin);
    expect(JSON.parse(text).organization.documentLocale).toBe("fr");
    const target = await createOrganization("Importée");
    await importOrganization(target.admin, text);
    const documentLocaleOf = async (organizationId: string) =>
      (await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { documentLocale: true } }))
        .documentLocale;
    expect(await documentLocaleOf(target.organizationId)).toBe("fr");

    const doc = JSON.parse(text);
    doc.organization.documentLocale = "xx";
    const other = await createOrganization("Refused language");
    await expect(importOrganization(other.admin, JSON.stringify(doc))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("organization.documentLocale"),
    });
    expect(await documentLocaleOf(other.organizationId)).toBe("en");
  });
});
