import { afterAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

// A budget of 3 a minute for this file (lib/env.ts reads the variable on first use; each test file loads it anew).
const BUDGET = 3;
const before = process.env.API_RATE_LIMIT_PER_MINUTE;
process.env.API_RATE_LIMIT_PER_MINUTE = String(BUDGET);

afterAll(() => {
  if (before === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
  else process.env.API_RATE_LIMIT_PER_MINUTE = before;
});

describe("API rate limit per token", () => {
  it("answers 429 problem+json with Retry-After once a token has spent its budget, and only for that token", async () => {
    const { admin } = await createOrganization("Busy pipeline");
    const token = await tokenFor(admin);
    for (let i = 0; i < BUDGET; i++) expect((await call("GET", "/systems", { token })).status).toBe(200);
    const refused = await call("GET", "/systems", { token });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toMatchObject({
      type: "/developers/api#problem-rate-limited",
      status: 429,
      title: "Too many requests",
    });
    expect(refused.body.detail).toMatch(new RegExp(`more than ${BUDGET} requests in a minute`));
    // Every operation goes through the same wrapper, writes included.
    expect((await call("POST", "/systems", { token, json: { name: "Flood", isDraft: true } })).status).toBe(429);
    expect((await call("GET", "/systems", { token: await tokenFor(admin) })).status).toBe(200);
  });

  it("lets no more than the budget through when a token's requests arrive in parallel", async () => {
    const { admin } = await createOrganization("Parallel pipeline");
    const token = await tokenFor(admin);
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => call("GET", "/systems", { token }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(BUDGET);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - BUDGET);
  });

  it("states the budget in the OpenAPI document and lists 429 on every authenticated operation", async () => {
    const doc = (await call("GET", "/openapi.json")).body;
    expect(doc.info.description).toContain(`${BUDGET} requests per minute`);
    expect(doc.paths["/systems"].get.responses["429"]).toEqual({ $ref: "#/components/responses/Problem429" });
  });
});
