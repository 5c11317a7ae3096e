import { describe, expect, it } from "vitest";
import { importSystemsCsv } from "@/lib/dal/systems/system-import";
import { db } from "@/lib/db/client";
import { createOrganization } from "../../helpers/factories";
import { csvOf, goodRow } from "../import-export/csv-fixtures";

// The CSV import's business unit column names units: matched ignoring case and spaces, created where missing.
describe("CSV import and business units", () => {
  it("files rows under existing units whatever their case, creates the missing ones once, and audits them", async () => {
    const { organizationId, admin } = await createOrganization("CSV units");
    await db().businessUnit.create({ data: { organizationId, name: "HR" } });
    const csv = csvOf([
      goodRow("Screening one", { business_unit: "hr" }),
      goodRow("Screening two", { business_unit: " HR " }),
      goodRow("Chatbot", { business_unit: "customer service" }),
      goodRow("Chatbot two", { business_unit: "Customer Service" }),
    ]);
    const report = await importSystemsCsv(admin, { csv, dryRun: false });
    expect(report.created).toBe(4);
    const units = await db().businessUnit.findMany({ where: { organizationId }, orderBy: { name: "asc" } });
    expect(units.map((u) => u.name).sort()).toEqual(["HR", "customer service"]);
    const systems = await db().aiSystem.findMany({
      where: { organizationId },
      select: { name: true, businessUnit: true, businessUnitId: true },
      orderBy: { name: "asc" },
    });
    const id = (name: string) => units.find((u) => u.name === name)?.id;
    expect(systems).toEqual([
      { name: "Chatbot", businessUnit: "customer service", businessUnitId: id("customer service") },
      { name: "Chatbot two", businessUnit: "customer service", businessUnitId: id("customer service") },
      { name: "Screening one", businessUnit: "HR", businessUnitId: id("HR") },
      { name: "Screening two", businessUnit: "HR", businessUnitId: id("HR") },
    ]);
    const created = await db().auditEvent.findMany({ where: { organizationId, action: "businessUnit.created" } });
    expect(created.map((e) => e.after)).toEqual([{ name: "customer service" }]);
  });
});
