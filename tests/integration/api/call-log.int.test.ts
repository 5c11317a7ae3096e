import { describe, expect, it } from "vitest";
import { listRecentApiCalls } from "@/lib/dal/integrations/api-tokens";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

describe("every API call is logged per token", () => {
  it("records reads and refusals with their status, shows them to the organisation's admin only", async () => {
    const a = await createOrganization("Call log A");
    const b = await createOrganization("Call log B");
    const systemId = await createSystem(a.organizationId, "Logged system");
    const token = await tokenFor(a.admin, ["read"]);
    const tokenId = (
      await db().apiToken.findFirstOrThrow({ where: { organizationId: a.organizationId }, select: { id: true } })
    ).id;

    expect((await call("GET", "/systems/{id}", { token, params: { id: systemId } })).status).toBe(200);
    expect((await call("POST", "/systems", { token, json: { name: "Not allowed" } })).status).toBe(403);
    expect((await call("GET", "/systems", { token: "actlas_nothing" })).status).toBe(401);

    const calls = await listRecentApiCalls(a.admin, tokenId);
    expect(calls.map((c) => [c.tokenName, c.method, c.path, c.status])).toEqual([
      ["Test read", "POST", "/api/v1/systems", 403],
      ["Test read", "GET", `/api/v1/systems/${systemId}`, 200],
    ]);
    expect(calls.every((c) => c.durationMs >= 0)).toBe(true);
    // Another organisation's admin sees nothing of this token, even with its id.
    expect(await listRecentApiCalls(b.admin, tokenId)).toEqual([]);
  });
});
