import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { AppError, HTTP_STATUS, type AppErrorCode } from "@/lib/errors";
import { createRoute, jsonRefusal } from "@/lib/route";
import { captureLog } from "../../helpers/capture-log";

// The wrapper every browser-facing route handler goes through: what it refuses before the handler runs, and how it
// turns what the handler throws into an answer. The session lookup is the only stub (it needs a Next request scope).
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
afterEach(() => {
  session.actor = null;
  vi.restoreAllMocks();
});

const MEMBER: UserActor = { kind: "user", userId: "u1", organizationId: "o1" };
const request = (method: string, headers: Record<string, string> = {}, body?: BodyInit, path = "/things") =>
  new NextRequest(`http://localhost${path}`, { method, headers, body });

describe("createRoute refuses before the handler runs", () => {
  const handler = vi.fn(async () => new Response("handled"));
  beforeEach(() => handler.mockClear());
  const route = createRoute(
    {
      auth: "member",
      signIn: "Sign in first.",
      sameOrigin: "Posts must come from this site.",
      maxBodyBytes: { bytes: 100, message: "Too big.", field: "csv" },
    },
    handler,
  );

  it("answers 401 with the route's sentence when no one is signed in", async () => {
    const response = await route(request("GET"));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Sign in first.");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a POST from another site, but not one from this site or a GET linked from elsewhere", async () => {
    session.actor = MEMBER;
    const cross = await route(request("POST", { origin: "https://evil.example" }, "x"));
    expect(cross.status).toBe(403);
    expect(await cross.text()).toBe("Posts must come from this site.");
    expect(handler).not.toHaveBeenCalled();
    expect((await route(request("POST", { origin: "http://localhost" }, "x"))).status).toBe(200);
    expect((await route(request("GET", { origin: "https://evil.example" }))).status).toBe(200);
  });

  it("refuses a body announced over the limit with 413 before reading it", async () => {
    session.actor = MEMBER;
    const response = await route(request("POST", { "content-length": "101" }, "x"));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("Too big.");
    expect(handler).not.toHaveBeenCalled();
  });

  it("hands the handler the signed-in actor and the declared params, and answers 404 for a missing one", async () => {
    session.actor = MEMBER;
    const seen = vi.fn();
    const withParams = createRoute({ auth: "member", params: ["id"] }, ({ actor, params }) => {
      seen(actor, params.id);
      return new Response(null, { status: 204 });
    });
    expect((await withParams(request("GET"), { params: Promise.resolve({ id: "s1" }) })).status).toBe(204);
    expect(seen).toHaveBeenCalledWith(MEMBER, "s1");
    expect((await withParams(request("GET"), { params: Promise.resolve({}) })).status).toBe(404);
  });

  it("lets a public route run without a session", async () => {
    const open = createRoute({ auth: "public" }, ({ actor }) => new Response(String(actor)));
    expect(await (await open(request("GET"))).text()).toBe("null");
  });
});

describe("createRoute reads a multipart upload", () => {
  const upload = {
    field: "file",
    maxBytes: 10,
    tooLarge: "Over 10 bytes.",
    required: "Choose a file.",
    unreadable: "Could not read it.",
  };
  const route = createRoute(
    { auth: "member", upload, refuse: jsonRefusal },
    ({ upload: { file } }) => new Response(file.name),
  );
  const form = (content?: string) => {
    const data = new FormData();
    if (content !== undefined) data.set("file", new File([content], "a.txt"));
    return data;
  };

  it("passes the file on, and names a missing, empty or oversized file on the file field", async () => {
    session.actor = MEMBER;
    expect(await (await route(request("POST", {}, form("hello")))).text()).toBe("a.txt");
    for (const [body, status, error] of [
      [form(), 422, "Choose a file."],
      [form(""), 422, "Choose a file."],
      [form("x".repeat(11)), 413, "Over 10 bytes."],
    ] as const) {
      const response = await route(request("POST", {}, body));
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ ok: false, error, fieldErrors: { file: [error] } });
    }
  });

  it("refuses a body larger than the file limit plus room for the form before reading it, and a cut-off body as unreadable", async () => {
    session.actor = MEMBER;
    expect((await route(request("POST", { "content-length": String(10 + 64 * 1024 + 1) }, form("x")))).status).toBe(
      413,
    );
    const cut = await route(
      request(
        "POST",
        { "content-type": "multipart/form-data; boundary=zz" },
        '--zz\r\nContent-Disposition: form-data; name="file"',
      ),
    );
    expect(cut.status).toBe(400);
    expect(await cut.json()).toEqual({ ok: false, error: "Could not read it." });
  });
});

describe("createRoute maps what the handler throws", () => {
  it.each(Object.entries(HTTP_STATUS) as [AppErrorCode, number][])(
    "AppError %s answers %i with its own message and field errors",
    async (code, status) => {
      session.actor = MEMBER;
      const route = createRoute({ auth: "member", refuse: jsonRefusal }, () => {
        throw new AppError(code, `Refused: ${code}.`, { fieldErrors: { title: ["Too long."] } });
      });
      const response = await route(request("POST", {}, "x"));
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({
        ok: false,
        error: `Refused: ${code}.`,
        fieldErrors: { title: ["Too long."] },
      });
    },
  );

  it("masks an unexpected error as a 500 and logs it with the request id; a database outage is a 503 that says to retry", async () => {
    const captured = captureLog();
    onTestFinished(captured.restore);
    const crash = createRoute({ auth: "public" }, () => {
      throw new Error('relation "Secret" does not exist at /srv/app/lib/dal/x.ts');
    });
    const response = await crash(request("GET", { "x-request-id": "req-7" }));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toMatch(/Something went wrong on our side/);
    expect(text).not.toMatch(/Secret|\/srv/);
    expect(captured.lines).toEqual([
      expect.objectContaining({
        level: 50,
        requestId: "req-7",
        method: "GET",
        path: "/things",
        err: expect.objectContaining({ message: expect.stringContaining("Secret") }),
      }),
    ]);

    const down = createRoute({ auth: "public" }, () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    const unavailable = await down(request("GET"));
    expect(unavailable.status).toBe(503);
    expect(await unavailable.text()).toMatch(/database is not reachable/);
  });
});
