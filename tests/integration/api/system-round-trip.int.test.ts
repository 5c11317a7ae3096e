import { describe, expect, it } from "vitest";
import { createOrganization } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

// Issue #23: a client reads a system and writes it back as it is. The response gives outputUsedInEu as true /
// false / null and unanswered choices as null; the same values must be accepted by PATCH and by POST (a copy).
const FULL = {
  name: "Credit scoring v3",
  intendedPurpose: "Scores credit applications.",
  businessUnit: "Retail",
  lifecycleStage: "PILOT",
  sourcing: "PROCURED",
  automationLevel: "HUMAN_IN_THE_LOOP",
  placedOnMarketAt: "2026-03-01",
  memberStates: ["DE", "FR"],
  outputUsedInEu: "yes",
  affectedPersons: ["CUSTOMERS"],
  dataCategories: ["PERSONAL"],
  datasets: [{ name: "Applications 2025", description: "", uri: "s3://bucket/apps" }],
  isDraft: false,
};

const WRITABLE = Object.keys(FULL).concat(["description", "affectedPersonsNote", "humanOversight", "vendor", "models"]);
const writable = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => WRITABLE.includes(key)));

describe("API: a system read can be written back", () => {
  it.each([
    ["answered", FULL],
    ["a draft with unanswered choices", { name: "Chat assistant", isDraft: true }],
    ["output said not used in the EU", { ...FULL, memberStates: [], outputUsedInEu: "no" }],
  ])("%s: PATCH and POST accept what GET returned, and nothing changes", async (_name, input) => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin, ["systems:write"]);
    const created = await call("POST", "/systems", { token, json: input });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const read = await call("GET", "/systems/{id}", { token, params: { id: created.body.id } });

    const patched = await call("PATCH", "/systems/{id}", {
      token,
      params: { id: created.body.id },
      json: { ...writable(read.body), version: read.body.version },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(writable(patched.body)).toEqual(writable(read.body));

    const copy = await call("POST", "/systems", { token, json: { ...writable(read.body), name: "Copy" } });
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);
    expect(writable(copy.body)).toEqual({ ...writable(read.body), name: "Copy" });
  });
});
