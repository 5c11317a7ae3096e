import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listApiTokens } from "@/lib/dal/integrations/api-tokens";
import { changeMemberRole, listMembers, removeMember } from "@/lib/dal/accounts/members";
import type { Role } from "@/lib/access/permissions";
import { addMember, createOrganization } from "../../helpers/factories";
import { call, tokenFor } from "../api/helpers";

const NEW_SYSTEM = {
  name: "Token probe system",
  intendedPurpose: "Checks who a token acts for.",
  businessUnit: "Retail",
  lifecycleStage: "PILOT",
  memberStates: ["DE"],
  dataCategories: ["PERSONAL"],
  isDraft: false,
};

// A second administrator creates the tokens, so the first one can remove or demote them afterwards.
async function tokenOfSecondAdmin(scopes: Parameters<typeof tokenFor>[1]) {
  const { organizationId, admin } = await createOrganization("Tokens");
  const creator = await addMember(organizationId, "ADMIN");
  const token = await tokenFor(creator, scopes);
  const membershipId = (await listMembers(admin)).find((m) => m.userId === creator.userId)!.membershipId;
  return { organizationId, admin, creator, token, membershipId };
}

async function expectRefused(response: Awaited<ReturnType<typeof call>>) {
  expect([401, 403]).toContain(response.status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
}

describe("an API token acts only while its creator may still grant its scopes", () => {
  it("works while the creator is an administrator, and stops when the creator is removed", async () => {
    const { organizationId, admin, token, membershipId } = await tokenOfSecondAdmin(["read", "systems:write"]);
    expect((await call("GET", "/systems", { token })).status).toBe(200);
    expect((await call("POST", "/systems", { token, json: NEW_SYSTEM })).status).toBe(201);

    await removeMember(admin, membershipId);
    await expectRefused(await call("GET", "/systems", { token }));
    await expectRefused(await call("POST", "/systems", { token, json: { ...NEW_SYSTEM, name: "After removal" } }));
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(1);
  });

  it("a creator demoted to auditor can no longer grant systems:write: the token is refused and writes nothing", async () => {
    const { organizationId, admin, token, membershipId } = await tokenOfSecondAdmin(["systems:write"]);
    await changeMemberRole(admin, { membershipId, role: "AUDITOR" });
    await expectRefused(await call("POST", "/systems", { token, json: NEW_SYSTEM }));
    await expectRefused(await call("GET", "/systems", { token }));
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  });

  it.each<[Role, number]>([
    ["COMPLIANCE_OFFICER", 201],
    ["LEGAL", 403],
  ])("a creator demoted to %s: systems:write answers %i", async (role, status) => {
    const { admin, token, membershipId } = await tokenOfSecondAdmin(["systems:write"]);
    await changeMemberRole(admin, { membershipId, role });
    expect((await call("POST", "/systems", { token, json: NEW_SYSTEM })).status).toBe(status);
  });

  it("a read token keeps working for a creator demoted to auditor (an auditor may read)", async () => {
    const { admin, token, membershipId } = await tokenOfSecondAdmin(["read", "gate"]);
    await changeMemberRole(admin, { membershipId, role: "AUDITOR" });
    expect((await call("GET", "/systems", { token })).status).toBe(200);
  });

  it("a token of another organisation's member does not borrow that membership", async () => {
    const { organizationId, token, creator } = await tokenOfSecondAdmin(["read"]);
    const other = await createOrganization("Elsewhere");
    await addMember(
      other.organizationId,
      "ADMIN",
      (await db().user.findUniqueOrThrow({ where: { id: creator.userId } })).email,
    );
    await db().membership.deleteMany({ where: { userId: creator.userId, organizationId } });
    await expectRefused(await call("GET", "/systems", { token }));
  });

  it("the token list tells administrators which tokens lost their creator's backing", async () => {
    const { admin, membershipId, creator } = await tokenOfSecondAdmin(["read", "systems:write"]);
    const fine = await tokenFor(admin, ["read"]);
    expect(fine).toBeTruthy();
    await changeMemberRole(admin, { membershipId, role: "LEGAL" });
    let list = await listApiTokens(admin);
    expect(list.find((t) => t.createdById === admin.userId)?.orphaned).toBeNull();
    expect(list.find((t) => t.createdById === creator.userId)?.orphaned).toEqual({
      reason: "scopes",
      role: "LEGAL",
      scopes: ["systems:write"],
    });

    await removeMember(admin, membershipId);
    list = await listApiTokens(admin);
    expect(list.find((t) => t.createdById === creator.userId)?.orphaned).toEqual({ reason: "removed" });
  });
});
