import { describe, expect, it } from "vitest";

// The route files Next serves under /api/v1, called as Next calls them: a method a path does not serve, an OPTIONS
// (plain, and marked as the TRACE that scripts/start/serve.mjs passes on) and a path no route serves all answer
// problem+json a client can read, with the path's real Allow (issue #23: PUT on a collection was a bare 405).
const collection = (await import("@/app/api/v1/systems/route")) as Record<string, unknown>;
const link = (await import("@/app/api/v1/systems/[id]/models/[modelId]/route")) as Record<string, unknown>;
const unknown = (await import("@/app/api/v1/[[...rest]]/route")) as Record<string, unknown>;

type Handler = (request: Request, context?: unknown) => Promise<Response>;
function handler(mod: Record<string, unknown>, method: string): Handler {
  const found = mod[method];
  if (typeof found !== "function") throw new Error(`The route file exports no ${method}`);
  return found as Handler;
}

const request = (method: string, headers: Record<string, string> = {}) =>
  new Request("http://actlas.test/api/v1/systems", { method, headers });

async function expectNotAllowed(response: Response, allow: string) {
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe(allow);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("x-request-id")).toBeTruthy();
  const body = (await response.json()) as { status: number; type: string; detail: string };
  expect(body).toMatchObject({ status: 405, type: "/developers/api#problem-method-not-allowed" });
  return body;
}

describe("REST API route files: methods they do not serve", () => {
  it("answer 405 problem+json with the path's Allow", async () => {
    for (const method of ["PUT", "PATCH", "DELETE"])
      await expectNotAllowed(await handler(collection, method)(request(method)), "GET, HEAD, OPTIONS, POST");
    for (const method of ["GET", "HEAD", "POST", "PATCH"])
      await expectNotAllowed(await handler(link, method)(request(method)), "DELETE, OPTIONS, PUT");
  });

  it("answer OPTIONS with 204 and the Allow, and a TRACE passed on as OPTIONS with 405 naming it", async () => {
    const options = await handler(collection, "OPTIONS")(request("OPTIONS"));
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    const trace = await handler(collection, "OPTIONS")(request("OPTIONS", { "x-actlas-refused-method": "TRACE" }));
    expect((await expectNotAllowed(trace, "GET, HEAD, OPTIONS, POST")).detail).toMatch(/^TRACE is not supported/);
  });

  it("answer a path no operation serves with 404 problem+json, whatever the method", async () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]) {
      const response = await handler(unknown, method)(request(method));
      expect(response.status, method).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 404, type: "/developers/api#problem-not-found" });
    }
  });
});
