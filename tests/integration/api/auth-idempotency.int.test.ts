import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api/routes";
import { createApiToken, revokeApiToken } from "@/lib/dal/integrations/api-tokens";
import { IDEMPOTENCY_TTL_MS } from "@/lib/dal/integrations/internal/idempotency";
import { db } from "@/lib/db/client";
import { createOrganization } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

const SYSTEM = { name: "Idempotent system", isDraft: true };

describe("API authentication", () => {
  it("answers 401 problem+json on every operation but the OpenAPI document without a valid token", async () => {
    const { admin } = await createOrganization();
    const revoked = await createApiToken(admin, { name: "Revoked", scopes: ["read"], lifetime: "30" });
    await revokeApiToken(admin, revoked.tokenId);
    const expired = await createApiToken(admin, { name: "Expired", scopes: ["read"], lifetime: "30" });
    await db().apiToken.update({ where: { id: expired.tokenId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const presented = [null, "nonsense", `actlas_abcdefgh_${"A".repeat(43)}`, revoked.token, expired.token];
    for (const route of API_ROUTES.filter((r) => r.scope !== "public")) {
      for (const token of presented) {
        const res = await call(route.method, route.path, {
          token,
          params: { id: "x", obligationId: "x", modelId: "x", version: "1" },
        });
        expect(res.status, `${route.method} ${route.path} with ${token}`).toBe(401);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
        expect(res.body).toMatchObject({ status: 401, title: "Authentication required" });
      }
    }
    const doc = await call("GET", "/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
  });

  it("records when a token was last used", async () => {
    const { admin } = await createOrganization();
    const { token, tokenId } = await createApiToken(admin, { name: "CI", scopes: ["read"], lifetime: "30" });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).toBeNull();
    await call("GET", "/systems", { token });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).not.toBeNull();
  });

  it("refuses other content types and malformed JSON with clear problems", async () => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin);
    const text = await call("POST", "/systems", { token, headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    const broken = await call("POST", "/classify", {
      token,
      headers: { "content-type": "application/json" },
      json: undefined,
    });
    expect(broken.status).toBe(400);
    expect(broken.body.detail).toBe("The request body is not valid JSON.");
  });
});

describe("API idempotency keys", () => {
  it("replays the stored response for the same key and body, and creates one system", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin);
    const headers = { "Idempotency-Key": "create-1" };
    const first = await call("POST", "/systems", { token, json: SYSTEM, headers });
    const again = await call("POST", "/systems", { token, json: SYSTEM, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(1);
  });

  it("answers 422 when a key is reused with a different body, and allows a retry after a failure", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin);
    const headers = { "Idempotency-Key": "create-2" };
    expect((await call("POST", "/systems", { token, json: SYSTEM, headers })).status).toBe(201);
    const reused = await call("POST", "/systems", { token, json: { ...SYSTEM, name: "Another" }, headers });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe("/developers/api#problem-idempotency-key-reused");

    const failing = { "Idempotency-Key": "create-3" };
    expect((await call("POST", "/systems", { token, json: { name: "" }, headers: failing })).status).toBe(422);
    expect(
      (await call("POST", "/systems", { token, json: { ...SYSTEM, name: "Fixed" }, headers: failing })).status,
    ).toBe(201);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(2);
  });

  it("keeps keys per organisation and forgets them after 24 hours", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const headers = { "Idempotency-Key": "shared-key" };
    const fromA = await call("POST", "/systems", { token: await tokenFor(a.admin), json: SYSTEM, headers });
    const fromB = await call("POST", "/systems", { token: await tokenFor(b.admin), json: SYSTEM, headers });
    expect(fromB.headers.get("idempotent-replayed")).toBeNull();
    expect(fromB.body.id).not.toBe(fromA.body.id);

    await db().idempotencyKey.updateMany({
      where: { organizationId: a.organizationId },
      data: { createdAt: new Date(Date.now() - IDEMPOTENCY_TTL_MS - 1000) },
    });
    const later = await call("POST", "/systems", { token: await tokenFor(a.admin), json: SYSTEM, headers });
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(later.body.id).not.toBe(fromA.body.id);
  });

  it("runs concurrent requests with one key once", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin);
    const headers = { "Idempotency-Key": "race" };
    const results = await Promise.all([1, 2, 3].map(() => call("POST", "/systems", { token, json: SYSTEM, headers })));
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(1);
  });
});

describe("API scopes", () => {
  it("refuses a token without the operation's scope before looking at its input", async () => {
    const { admin } = await createOrganization();
    const gateOnly = await tokenFor(admin, ["gate"]);
    for (const route of API_ROUTES.filter((r) => r.scope !== "public" && r.scope !== "read" && r.scope !== "gate")) {
      const res = await call(route.method, route.path, {
        token: gateOnly,
        params: { id: "x", obligationId: "x", modelId: "x", version: "1" },
        json: route.body ? { nonsense: true } : undefined,
      });
      expect(res.status, `${route.method} ${route.path}`).toBe(403);
      expect(res.body.detail).toBe(`This operation needs an API token with the ${route.scope} scope.`);
    }
    const readOnly = await tokenFor(admin, ["read"]);
    expect((await call("GET", "/systems/{id}/gate", { token: readOnly, params: { id: "x" } })).status).toBe(403);
  });
});
