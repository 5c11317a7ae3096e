import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { createOrganization } from "../../helpers/factories";
import { defined } from "../../helpers/expect-defined";
import { CV_SCREENING } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

type Row = { appliesFrom: string };

// The dashboard's "due now" and "starting later" figures link to the Obligations page with `applies`; a pipeline
// reading the same split through the API must get the same rows, and the OpenAPI document must say the filter exists.
describe("GET /obligations?applies", () => {
  it("splits the open work into duties that apply now and duties that start later, as the app does", async () => {
    const { admin } = await createOrganization("Applies");
    const token = await tokenFor(admin);
    const system = await call("POST", "/systems", { token, json: { name: "CV screening", isDraft: true } });
    const id = system.body.id as string;
    await call("POST", "/systems/{id}/classifications", { token, params: { id }, json: { answers: CV_SCREENING } });
    const list = async (query: Record<string, string>) => {
      const res = await call("GET", "/obligations", { token, query: { pageSize: "100", ...query } });
      expect(res.status).toBe(200);
      return res.body.data as Row[];
    };
    const today = todayIso();
    const all = await list({});
    const now = await list({ applies: "now" });
    const later = await list({ applies: "later" });
    expect(now.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    expect(now.length + later.length).toBe(all.length);
    expect(now.every((r) => r.appliesFrom <= today)).toBe(true);
    expect(later.every((r) => r.appliesFrom > today)).toBe(true);
    const day = defined(later[0], "a duty that starts later").appliesFrom;
    expect((await list({ applies: day })).every((r) => r.appliesFrom === day)).toBe(true);

    const bad = await call("GET", "/obligations", { token, query: { applies: "soon" } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("applies");
    const doc = await call("GET", "/openapi.json");
    const params = doc.body.paths["/obligations"].get.parameters as { name: string }[];
    expect(params.map((p) => p.name)).toContain("applies");
  });
});
