import { describe, expect, it, vi } from "vitest";
import { createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

vi.mock("@/lib/dal/classification/gate", () => ({
  evaluateGate: async () => {
    throw new Error('relation "AiSystem" violates something at /srv/app/lib/dal/classification/gate.ts:42');
  },
}));

describe("API: unexpected errors", () => {
  it("answers a generic 500 problem with a correlation id and logs the detail only on the server", async () => {
    const { organizationId, admin } = await createOrganization();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call("GET", "/systems/{id}/gate", {
      token: await tokenFor(admin, ["gate"]),
      params: { id: await createSystem(organizationId) },
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({
      status: 500,
      title: "Internal error",
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/AiSystem|gate\.ts|srv/);
    expect(res.headers.get("x-correlation-id")).toBe(res.body.correlationId);
    expect(String(logged.mock.calls[0]?.[0])).toContain(res.body.correlationId);
    logged.mockRestore();
  });
});
