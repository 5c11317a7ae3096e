import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module of the start script, without type declarations
import { guardRequest, REFUSED_METHOD_HEADER } from "../../../scripts/start/request-guard.mjs";

// The guard scripts/start/serve.mjs puts in front of Next, on a real HTTP server whose stand-in for Next echoes
// what it was handed: TRACE reached Next, whose Request refuses the method, and every path answered 500 (issue #23).
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (guardRequest(req, res)) return;
    res.writeHead(299, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ method: req.method, refused: req.headers[REFUSED_METHOD_HEADER] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("request guard in front of Next", () => {
  it("refuses TRACE outside the API with 405 and Allow, in problem+json under /api/", async () => {
    for (const path of ["/login", "/systems/x"]) {
      const answer = await send("TRACE", path);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD, POST");
    }
    const api = await send("TRACE", "/api/auth/session");
    expect(api.status).toBe(405);
    expect(api.headers["content-type"]).toBe("application/problem+json");
    expect(JSON.parse(api.body)).toMatchObject({ status: 405, type: "/developers/api#problem-method-not-allowed" });
  });

  it("passes TRACE under /api/v1 on as OPTIONS marked with the method, so the route answers with its Allow", async () => {
    const answer = await send("TRACE", "/api/v1/systems");
    expect(JSON.parse(answer.body)).toEqual({ method: "OPTIONS", refused: "TRACE" });
  });

  it("drops the marker a client sends itself", async () => {
    const answer = await send("OPTIONS", "/api/v1/systems", { [REFUSED_METHOD_HEADER]: "TRACE" });
    expect(JSON.parse(answer.body)).toEqual({ method: "OPTIONS", refused: null });
  });

  it("answers an API path that is not valid percent-encoded UTF-8 with 400 problem+json", async () => {
    for (const path of ["/api/v1/systems/%ED%A0%80", "/api/v1/models/%FF", "/api/v1/systems/%"]) {
      const answer = await send("GET", path);
      expect(answer.status, path).toBe(400);
      expect(answer.headers["content-type"]).toBe("application/problem+json");
      expect(JSON.parse(answer.body)).toMatchObject({ status: 400, type: "/developers/api#problem-bad-request" });
    }
    expect((await send("GET", "/api/v1/systems/%C3%A9")).status).toBe(299);
  });
});
