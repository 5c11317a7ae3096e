import { describe, expect, it } from "vitest";
import { getRecordEditor } from "@/lib/dal/legal-records/legal-records";
import { db } from "@/lib/db/client";
import { legalOrganisation } from "./helpers";

// The Annex IV editor starts from what the intake already says, as the FRIA does; nothing is saved until Save.
describe("the Annex IV editor, pre-filled from the intake", () => {
  async function withModelAndData() {
    const org = await legalOrganisation();
    const { organizationId, systemId } = org;
    await db().aiSystem.update({
      where: { id: systemId },
      data: {
        description: "Gradient-boosted scorecard.",
        vendor: "",
        sourcing: "BUILT_IN_HOUSE",
        dataCategories: ["PERSONAL"],
      },
    });
    const model = await db().aiModel.create({ data: { organizationId, name: "credit-gbm" } });
    await db().modelVersion.create({ data: { organizationId, modelId: model.id, version: "4.2" } });
    await db().aiSystemModel.create({ data: { organizationId, systemId, modelId: model.id } });
    const dataset = await db().dataset.create({ data: { organizationId, name: "Loan book 2019-2024" } });
    await db().aiSystemDataset.create({ data: { organizationId, systemId, datasetId: dataset.id } });
    return org;
  }

  it("fills section 1 with purpose, provider, description, models and versions", async () => {
    const { legal, systemId } = await withModelAndData();
    const editor = await getRecordEditor(legal, systemId, "ANNEX_IV", 1);
    expect(editor.record).toBeNull();
    expect(editor.prefill.purpose).toContain("Score consumer-credit applicants.");
    expect(editor.prefill.purpose).toContain("Gradient-boosted scorecard.");
    expect(editor.prefill.purpose).toMatch(/Provider: Legal/);
    expect(editor.prefill.interactions).toContain("credit-gbm");
    expect(editor.prefill.softwareVersions).toContain("credit-gbm 4.2");
  });

  it("fills the data and oversight points of sections 2 and 3", async () => {
    const { legal, systemId } = await withModelAndData();
    const two = await getRecordEditor(legal, systemId, "ANNEX_IV", 2);
    expect(two.prefill.data).toContain("Loan book 2019-2024");
    expect(two.prefill.data).toContain("Personal data");
    expect(two.prefill.oversightAssessment).toContain("An officer reviews every decline.");
    const three = await getRecordEditor(legal, systemId, "ANNEX_IV", 3);
    expect(three.prefill.oversightMeasures).toContain("An officer reviews every decline.");
    expect(three.prefill.unintendedOutcomes).toContain("Customers");
  });

  it("uses no other organisation's models", async () => {
    const { legal, systemId } = await legalOrganisation();
    const other = await withModelAndData();
    expect(other.systemId).not.toBe(systemId);
    const editor = await getRecordEditor(legal, systemId, "ANNEX_IV", 1);
    expect(editor.prefill.interactions ?? "").not.toContain("credit-gbm");
  });
});
