import { describe, expect, it } from "vitest";
import { listSystems } from "@/lib/dal/systems/system-list";
import { db } from "@/lib/db/client";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { inventoryOrganization, makeSystem } from "./inventory-fixtures";

const fromUrl = (search: string) => parseSystemListParams(new URLSearchParams(search));
const total = async (...args: Parameters<typeof listSystems>) => (await listSystems(...args)).total;

// The list's count is kept per filter combination until the organisation's data changes: these tests prove that a
// kept count never outlives a change, and that pages, sorts and other filters never share a wrong one.
describe("inventory count kept between views", () => {
  it("counts a system added after the count was kept, whether added through the app or directly", async () => {
    const { organizationId, admin } = await inventoryOrganization();
    expect(await total(admin, fromUrl("tier=HIGH"))).toBe(2);
    await makeSystem(organizationId, "Fraud detection", { tier: "HIGH" });
    expect(await total(admin, fromUrl("tier=HIGH"))).toBe(3);
    expect(await total(admin, fromUrl(""))).toBe(5);
  });

  it("follows an edit that moves a system out of the filter", async () => {
    const { admin, ids } = await inventoryOrganization();
    expect(await total(admin, fromUrl("lifecycle=PLANNED"))).toBe(2);
    const system = await db().aiSystem.findUniqueOrThrow({ where: { id: ids.cv }, select: { version: true } });
    await db().aiSystem.update({
      where: { id: ids.cv },
      data: { lifecycleStage: "PILOT", version: system.version + 1 },
    });
    expect(await total(admin, fromUrl("lifecycle=PLANNED"))).toBe(1);
    expect(await total(admin, fromUrl("lifecycle=PILOT"))).toBe(2);
  });

  it("keeps filter combinations apart but shares the count between pages and sorts of one", async () => {
    const { admin } = await inventoryOrganization();
    expect(await total(admin, fromUrl("tier=HIGH&role=deployer"))).toBe(1);
    expect(await total(admin, fromUrl("tier=HIGH&role=provider"))).toBe(2);
    expect(await total(admin, fromUrl("q=chatbot"))).toBe(1);
    expect(await total(admin, fromUrl("q=screening"))).toBe(1);
    const first = await listSystems(admin, fromUrl("tier=HIGH&sort=name"));
    const second = await listSystems(admin, fromUrl("tier=HIGH&page=2&sort=-updatedAt"));
    expect([first.total, second.total]).toEqual([2, 2]);
    expect([first.rows.length, second.rows.length]).toEqual([2, 0]);
  });

  it("never hands one organisation's kept count to another", async () => {
    const mine = await inventoryOrganization();
    const theirs = await inventoryOrganization();
    await makeSystem(theirs.organizationId, "Their extra", { tier: "HIGH" });
    expect(await total(mine.admin, fromUrl("tier=HIGH"))).toBe(2);
    expect(await total(theirs.admin, fromUrl("tier=HIGH"))).toBe(3);
  });
});
