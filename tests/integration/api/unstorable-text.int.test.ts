import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

// Text Postgres cannot hold, sent over the API: a lone UTF-16 surrogate is valid in a JSON string but not in a jsonb
// value, so a model name (copied into the audit event's JSON) answered 500 (issue #23, found by the HTTP contract
// test). The database client refuses it with 422 like NUL, wherever it is headed, and nothing is kept.
describe("REST API: text with a lone surrogate", () => {
  let token = "";
  beforeAll(async () => {
    const { admin } = await createOrganization("API surrogates");
    token = await tokenFor(admin);
  });

  it.each(["x\uDC00y", "\uD800", "a\uD83D"])("is refused with 422 in a name that reaches JSON (%j)", async (name) => {
    const answer = await call("POST", "/models", { token, json: { name } });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toMatch(/surrogate/);
    expect((await call("GET", "/models", { token })).body.data).toEqual([]);
  });

  it("is refused with 422 in a system's description too", async () => {
    const answer = await call("POST", "/systems", {
      token,
      json: { name: "Scoring v2", description: "Ranks \uD800 applicants" },
    });
    expect(answer.status).toBe(422);
    expect((await call("GET", "/systems", { token, query: { q: "Scoring" } })).body.data).toEqual([]);
  });

  it("keeps well-formed text, emoji and surrogate pairs included", async () => {
    const answer = await call("POST", "/models", { token, json: { name: "scorer 👩‍👩‍👧 𝕳" } });
    expect(answer.status).toBe(201);
    expect(answer.body.name).toBe("scorer 👩‍👩‍👧 𝕳");
  });
});
