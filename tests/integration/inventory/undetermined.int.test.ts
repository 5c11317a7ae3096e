import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_HEADER, systemsCsvStream } from "@/app/(app)/systems/export/systems-csv";
import { systemsJsonStream } from "@/app/(app)/systems/export/systems-json";
import { exportSystems, listSystems } from "@/lib/dal/systems/system-list";
import { parseSystemListParams, systemListSearchParams } from "@/lib/validations/system-list";
import { inventoryOrganization, makeSystem } from "./inventory-fixtures";

// An undetermined system is stored as the coordinator's store path will store it: the floor tier the answers
// establish (MINIMAL) and the highest tier still possible (HIGH). Set directly, as the brief asks.
async function withUndetermined() {
  const org = await inventoryOrganization();
  const hiring = await makeSystem(org.organizationId, "Hiring assistant", {
    tier: "MINIMAL",
    possibleTier: "HIGH",
    disposition: "UNDETERMINED",
    roles: ["deployer"],
    lifecycleStage: "PLANNED",
    businessUnit: "HR",
  });
  // Stored before possible tiers existed: treated as settled at its tier.
  await makeSystem(org.organizationId, "Old undetermined", {
    tier: "LIMITED",
    disposition: "UNDETERMINED",
    roles: ["deployer"],
  });
  return { ...org, hiring };
}

const fromUrl = (search: string) => parseSystemListParams(new URLSearchParams(search));
const names = async (...args: Parameters<typeof listSystems>) => (await listSystems(...args)).rows.map((r) => r.name);

describe("inventory: a classification that is not determined yet", () => {
  it("has its own disposition filter, kept in the URL", async () => {
    const { admin } = await withUndetermined();
    const query = fromUrl("disposition=UNDETERMINED");
    expect(query.disposition).toBe("UNDETERMINED");
    expect(systemListSearchParams(query).toString()).toBe("disposition=UNDETERMINED");
    expect(await names(admin, query)).toEqual(["Hiring assistant", "Old undetermined"]);
    expect(await names(admin, fromUrl("disposition=FINAL"))).toEqual(["Credit scoring"]);
  });

  it("is listed under the tier it could still be, never under its floor tier", async () => {
    const { admin } = await withUndetermined();
    expect(await names(admin, fromUrl("tier=HIGH"))).toEqual(["CV screening", "Credit scoring", "Hiring assistant"]);
    expect(await names(admin, fromUrl("tier=MINIMAL"))).toEqual([]);
    expect(await names(admin, fromUrl("tier=LIMITED"))).toEqual(["Customer chatbot", "Old undetermined"]);
    expect(await names(admin, fromUrl("tier=NONE,HIGH&disposition=UNDETERMINED"))).toEqual(["Hiring assistant"]);
  });

  it("returns the possible tier with every row", async () => {
    const { admin } = await withUndetermined();
    const [row] = (await listSystems(admin, fromUrl("q=hiring"))).rows;
    expect(row).toMatchObject({ tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" });
  });

  it("exports 'Not determined yet' with the possible tier in CSV and possibleTier in JSON", async () => {
    const { admin, hiring, ids } = await withUndetermined();
    const csv = await new Response(
      systemsCsvStream(await exportSystems(admin, fromUrl(""), [hiring, ids.credit])),
    ).text();
    const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(header).toEqual(CSV_HEADER);
    const byName = Object.fromEntries(rows.map((r) => [r[1], Object.fromEntries(CSV_HEADER.map((h, i) => [h, r[i]]))]));
    expect(byName["Hiring assistant"]).toMatchObject({
      Tier: "Not determined yet",
      "Possible tier": "High-risk",
      Disposition: "Not determined yet",
    });
    expect(byName["Credit scoring"]).toMatchObject({
      Tier: "High-risk",
      "Possible tier": "High-risk",
      Disposition: "Final",
    });
    expect(csv).not.toMatch(/Minimal/);

    const json = JSON.parse(
      await new Response(systemsJsonStream(await exportSystems(admin, fromUrl(""), [hiring]))).text(),
    );
    expect(json[0]).toMatchObject({ tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" });
  });
});
