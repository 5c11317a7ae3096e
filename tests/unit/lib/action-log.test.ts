import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { UserActor } from "@/lib/access/actor";
import { createAction } from "@/lib/action";
import { log } from "@/lib/log";
import { captureLog } from "../../helpers/capture-log";

// A server action is handed no request: createAction reads the id from the headers of the POST that carries it.
const incoming = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => incoming.headers }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async (): Promise<UserActor> => ({ kind: "user", userId: "u1", organizationId: "o1" }),
}));

let captured = captureLog();
afterEach(() => {
  captured.restore();
  captured = captureLog();
});

const failing = createAction(z.object({ title: z.string() }), async () => {
  log().info("deep in the data layer");
  throw new Error('relation "Secret" does not exist');
});

describe("createAction's log lines", () => {
  it("carry the request id the proxy sent, from the data layer's lines to the masked failure", async () => {
    incoming.headers = new Headers({ "x-request-id": "edge-41" });
    expect(await failing({ title: "x" })).toMatchObject({ ok: false, code: "INTERNAL" });
    expect(captured.lines).toEqual([
      expect.objectContaining({ requestId: "edge-41", msg: "deep in the data layer" }),
      expect.objectContaining({
        requestId: "edge-41",
        level: 50,
        err: expect.objectContaining({ message: expect.stringContaining("Secret") }),
      }),
    ]);
  });

  it("get a fresh id when the request sent none", async () => {
    incoming.headers = new Headers();
    await failing({ title: "x" });
    const ids = new Set(captured.lines.map((line) => line.requestId));
    expect([...ids]).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
  });
});
