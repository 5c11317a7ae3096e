import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { listSystems } from "@/lib/dal/systems/system-list";
import { systemsHref } from "@/lib/dashboard/links";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "./fixtures";

// Systems whose classification is not determined yet: stored with a floor tier and the highest tier still possible.
async function portfolio() {
  const org = await createOrganization("Undetermined dashboard");
  const { organizationId } = org;
  await makeSystem(organizationId, { name: "Credit scoring", tier: "HIGH" });
  await makeSystem(organizationId, { name: "Chatbot", tier: "LIMITED", disposition: "REQUIRES_REVIEW" });
  const hiring = await makeSystem(organizationId, {
    name: "Hiring assistant",
    tier: "MINIMAL",
    possibleTier: "HIGH",
    disposition: "UNDETERMINED",
  });
  await makeSystem(organizationId, {
    name: "Triage bot",
    tier: "MINIMAL",
    possibleTier: "PROHIBITED",
    disposition: "UNDETERMINED",
    businessUnit: "Health",
  });
  await addObligations(organizationId, hiring, [{ status: "NOT_STARTED" }]);
  return { ...org, hiring };
}

describe("dashboard: classifications that are not determined yet", () => {
  it("lists them for attention, with a count and names, and the link opens exactly them in the inventory", async () => {
    const { admin } = await portfolio();
    const d = await getDashboard(admin, {});
    expect(d.attention.undetermined).toEqual({
      total: 2,
      examples: [
        expect.objectContaining({ name: "Hiring assistant" }),
        expect.objectContaining({ name: "Triage bot" }),
      ],
    });
    expect(d.attention.awaitingReview.total).toBe(1);
    const href = systemsHref({}, { disposition: "UNDETERMINED" });
    expect(href).toBe("/systems?disposition=UNDETERMINED");
    const listed = await listSystems(admin, parseSystemListParams(new URL(href, "http://x").searchParams));
    expect(listed.rows.map((r) => r.name)).toEqual(["Hiring assistant", "Triage bot"]);
    // Dashboard filters narrow the list too.
    expect((await getDashboard(admin, { unit: "Health" })).attention.undetermined.total).toBe(1);
  });

  it("counts them under the tier they could still be, never under their floor tier, matching the drill-down", async () => {
    const { admin } = await portfolio();
    const d = await getDashboard(admin, {});
    const byTier = Object.fromEntries(d.systems.byTier.map((t) => [t.tier ?? "NONE", t.count]));
    expect(byTier).toEqual({ HIGH: 2, LIMITED: 1, PROHIBITED: 1 });
    const high = await listSystems(
      admin,
      parseSystemListParams(new URL(systemsHref({}, { tier: ["HIGH"] }), "http://x").searchParams),
    );
    expect(high.total).toBe(byTier.HIGH);
  });

  it("shows the possible tier and disposition of a system that is furthest behind", async () => {
    const { admin } = await portfolio();
    const [behind] = (await getDashboard(admin, {})).furthestBehind;
    expect(behind).toMatchObject({ name: "Hiring assistant", disposition: "UNDETERMINED", possibleTier: "HIGH" });
  });
});
