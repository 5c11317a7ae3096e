import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/dal/integrations/api-tokens";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";

describe("API tokens", () => {
  it("shows the secret once, stores only its hash and authenticates with it", async () => {
    const { organizationId, admin } = await createOrganization();
    const { token, tokenId } = await createApiToken(admin, {
      name: "MLflow sync",
      scopes: ["read", "evidence:write"],
      lifetime: "90",
    });
    expect(token).toMatch(/^actlas_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    // The secret is base64url and may itself contain "_": it is everything after "actlas_<prefix>_".
    expect(JSON.stringify(row)).not.toContain(token.slice("actlas_".length + 9));
    expect(await authenticateApiToken(token)).toMatchObject({
      tokenId,
      organizationId,
      scopes: ["read", "evidence:write"],
    });
    expect(one(await listApiTokens(admin)).lastUsedAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { organizationId, action: "api_token.created" } })).toBe(1);
  });

  it("rejects revoked, expired, unknown and malformed tokens", async () => {
    const { admin } = await createOrganization();
    const revoked = await createApiToken(admin, { name: "Old CI", scopes: ["gate"], lifetime: "30" });
    await revokeApiToken(admin, revoked.tokenId);
    expect(await authenticateApiToken(revoked.token)).toBeNull();
    const expired = await createApiToken(admin, { name: "Short", scopes: ["read"], lifetime: "30" });
    await db().apiToken.update({ where: { id: expired.tokenId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateApiToken(expired.token)).toBeNull();
    expect(await authenticateApiToken(`actlas_abcdefgh_${"A".repeat(43)}`)).toBeNull();
    expect(await authenticateApiToken("Bearer nonsense")).toBeNull();
  });

  it("is managed by administrators of the same organisation only", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const officer = await addMember(a.organizationId, "COMPLIANCE_OFFICER");
    await expect(createApiToken(officer, { name: "Nope", scopes: ["read"], lifetime: "30" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { tokenId } = await createApiToken(b.admin, { name: "B token", scopes: ["read"], lifetime: "never" });
    await expect(revokeApiToken(a.admin, tokenId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listApiTokens(a.admin)).toEqual([]);
  });

  it("explains a missing scope next to the field", async () => {
    const { admin } = await createOrganization();
    await expect(createApiToken(admin, { name: "Empty", scopes: [], lifetime: "30" })).rejects.toThrow(
      /at least one scope/,
    );
  });
});
