import { describe, expect, it } from "vitest";
import { listSystemFilterOptions, listSystems } from "@/lib/dal/systems/system-list";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { baseQuery, inventoryOrganization, makeSystem } from "./inventory-fixtures";

const names = async (...args: Parameters<typeof listSystems>) => (await listSystems(...args)).rows.map((r) => r.name);
// Through the URL parser, as the page does, so the contract and the query are tested together.
const fromUrl = (search: string) => parseSystemListParams(new URLSearchParams(search));

describe("listSystems filters", () => {
  it("filters by tier, including 'not classified' alongside real tiers", async () => {
    const { admin } = await inventoryOrganization();
    expect(await names(admin, fromUrl("tier=HIGH"))).toEqual(["CV screening", "Credit scoring"]);
    expect(await names(admin, fromUrl("tier=NONE"))).toEqual(["Unclassified idea"]);
    expect(await names(admin, fromUrl("tier=LIMITED,NONE"))).toEqual(["Customer chatbot", "Unclassified idea"]);
    expect(await names(admin, fromUrl("tier=PROHIBITED"))).toEqual([]);
  });

  it("filters by role, disposition and lifecycle stage", async () => {
    const { admin } = await inventoryOrganization();
    expect(await names(admin, fromUrl("role=provider"))).toEqual(["CV screening", "Credit scoring"]);
    expect(await names(admin, fromUrl("role=deployer"))).toEqual(["CV screening", "Customer chatbot"]);
    expect(await names(admin, fromUrl("disposition=REQUIRES_REVIEW"))).toEqual(["CV screening", "Customer chatbot"]);
    expect(await names(admin, fromUrl("disposition=FINAL"))).toEqual(["Credit scoring"]);
    expect(await names(admin, fromUrl("disposition=UNCLASSIFIED"))).toEqual(["Unclassified idea"]);
    expect(await names(admin, fromUrl("lifecycle=PLANNED,PILOT"))).toEqual([
      "CV screening",
      "Customer chatbot",
      "Unclassified idea",
    ]);
  });

  it("filters by business unit (exactly) and owner, including systems without an owner", async () => {
    const { admin } = await inventoryOrganization();
    expect(await names(admin, fromUrl("unit=Retail+Banking"))).toEqual(["Credit scoring", "Unclassified idea"]);
    expect(await names(admin, fromUrl("unit=Retail"))).toEqual([]);
    expect(await names(admin, fromUrl(`owner=${admin.userId}`))).toEqual(["Credit scoring"]);
    expect(await names(admin, fromUrl("owner=none"))).toEqual([
      "CV screening",
      "Customer chatbot",
      "Unclassified idea",
    ]);
  });

  it("filters by readiness: all done, some open, no obligations", async () => {
    const { admin } = await inventoryOrganization();
    expect(await names(admin, fromUrl("readiness=complete"))).toEqual(["Credit scoring"]);
    expect(await names(admin, fromUrl("readiness=incomplete"))).toEqual(["CV screening", "Customer chatbot"]);
    expect(await names(admin, fromUrl("readiness=none"))).toEqual(["Unclassified idea"]);
  });

  it("searches name, description, vendor and owner name", async () => {
    const { admin, organizationId } = await inventoryOrganization();
    await makeSystem(organizationId, "Owned by Zelda", { ownerId: (await addMember(organizationId, "LEGAL")).userId });
    expect(await names(admin, fromUrl("q=screen"))).toEqual(["CV screening"]);
    expect(await names(admin, fromUrl("q=ACCOUNT questions"))).toEqual(["Customer chatbot"]);
    expect(await names(admin, fromUrl("q=conversia"))).toEqual(["Customer chatbot"]);
    expect(await names(admin, fromUrl("q=Test LEGAL"))).toEqual(["Owned by Zelda"]);
  });

  it("combines filters with AND and counts what matches", async () => {
    const { admin } = await inventoryOrganization();
    const result = await listSystems(
      admin,
      fromUrl(
        "tier=HIGH&role=deployer&disposition=REQUIRES_REVIEW&lifecycle=PLANNED&unit=HR&readiness=incomplete&q=cv",
      ),
    );
    expect(result.rows.map((r) => r.name)).toEqual(["CV screening"]);
    expect(result).toMatchObject({ total: 1, totalKind: "exact" });
    expect(await names(admin, fromUrl("tier=HIGH&unit=Customer+Service"))).toEqual([]);
  });

  it("sorts by tier, lifecycle and unit with the name as tie-breaker, and pages", async () => {
    const { admin } = await inventoryOrganization();
    expect(await names(admin, fromUrl("sort=tier"))).toEqual([
      "CV screening",
      "Credit scoring",
      "Customer chatbot",
      "Unclassified idea",
    ]);
    expect(await names(admin, fromUrl("sort=-lifecycle"))).toEqual([
      "Credit scoring",
      "Customer chatbot",
      "CV screening",
      "Unclassified idea",
    ]);
    const page2 = await listSystems(admin, { ...baseQuery, pageSize: 25, page: 1, sort: "-businessUnit" });
    expect(one(page2.rows).name).toBe("Credit scoring");
    const second = await listSystems(admin, fromUrl("pageSize=25&page=2"));
    expect(second).toMatchObject({ rows: [], total: 4 });
  });

  it("returns readiness counters, roles and the version each row was read at", async () => {
    const { admin } = await inventoryOrganization();
    const [row] = (await listSystems(admin, fromUrl("q=chatbot"))).rows;
    expect(row).toMatchObject({
      obligationsApplicable: 4,
      obligationsDone: 1,
      roles: ["deployer"],
      version: 1,
      owner: null,
    });
  });
});

describe("listSystems tenant boundary", () => {
  it("never returns another organisation's systems, whatever the filters", async () => {
    const mine = await inventoryOrganization();
    const theirs = await inventoryOrganization();
    const all = await listSystems(mine.admin, baseQuery);
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.id)).not.toContain(theirs.ids.credit);
    // Filtering by the other organisation's owner finds nothing instead of their systems.
    expect(await names(mine.admin, fromUrl(`owner=${theirs.admin.userId}`))).toEqual([]);
  });

  it("offers filter choices from the organisation's own units and members only", async () => {
    const mine = await inventoryOrganization();
    const other = await createOrganization("Other");
    await createSystem(other.organizationId, "Theirs");
    await makeSystem(other.organizationId, "Theirs too", { businessUnit: "Secret Unit" });
    const auditor = await addMember(mine.organizationId, "AUDITOR");
    const options = await listSystemFilterOptions(auditor);
    expect(options.units).toEqual(["Customer Service", "HR", "Retail Banking"]);
    expect(options.owners.map((o) => o.id).sort()).toEqual([mine.admin.userId, auditor.userId].sort());
  });
});
