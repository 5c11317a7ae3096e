import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createOrganization, createSystem } from "../../helpers/factories";
import { captureLog } from "../../helpers/capture-log";
import { call, tokenFor } from "./helpers";

vi.mock("@/lib/dal/classification/gate", () => ({
  evaluateGate: async () => {
    throw new Error('relation "AiSystem" violates something at /srv/app/lib/dal/classification/gate.ts:42');
  },
}));

let captured: ReturnType<typeof captureLog>;
beforeEach(() => {
  captured = captureLog();
});
afterEach(() => captured.restore());

async function failingGateCall(headers: Record<string, string> = {}) {
  const { organizationId, admin } = await createOrganization();
  return call("GET", "/systems/{id}/gate", {
    token: await tokenFor(admin, ["gate"]),
    params: { id: await createSystem(organizationId) },
    headers,
  });
}

describe("API: unexpected errors", () => {
  it("answers a generic 500 problem with a correlation id and logs the detail only on the server", async () => {
    const res = await failingGateCall();
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({
      status: 500,
      title: "Internal error",
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/AiSystem|gate\.ts|srv/);
    expect(res.headers.get("x-correlation-id")).toBe(res.body.correlationId);
    expect(res.headers.get("x-request-id")).toBe(res.body.correlationId);
    const line = captured.lines.find((l) => l.level === 50);
    expect(line).toMatchObject({
      requestId: res.body.correlationId,
      method: "GET",
      route: "/systems/{id}/gate",
      err: { message: expect.stringContaining("AiSystem") },
    });
  });

  it("keeps the caller's X-Request-Id on the answer and on every line logged for the request", async () => {
    const res = await failingGateCall({ "x-request-id": "ci-run-7.step-2" });
    expect(res.status).toBe(500);
    expect(res.headers.get("x-request-id")).toBe("ci-run-7.step-2");
    expect(res.body.correlationId).toBe("ci-run-7.step-2");
    expect(captured.lines.length).toBeGreaterThan(0);
    for (const line of captured.lines) expect(line.requestId).toBe("ci-run-7.step-2");
    // The bearer token sent with the call never reaches the log.
    expect(captured.text()).not.toMatch(/actlas_/);
  });

  it("replaces an id that is not a short plain token, and answers a successful call with its id too", async () => {
    const res = await failingGateCall({ "x-request-id": "forged\u00a0line" });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const { admin } = await createOrganization();
    const ok = await call("GET", "/systems", {
      token: await tokenFor(admin, ["read"]),
      headers: { "x-request-id": "list-1" },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe("list-1");
  });
});
