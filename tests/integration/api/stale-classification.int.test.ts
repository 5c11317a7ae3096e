import { describe, expect, it } from "vitest";
import { getClassificationSummary, storeClassificationRun } from "@/lib/dal/classification/classification";
import { previewGate } from "@/lib/dal/classification/gate";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

// Issue 16: four definitions of "stale" disagreed; after a law update the API said "not stale" while the CI gate failed.
describe("a stale classification means the same everywhere", () => {
  it("after the rule set changes, the API, the overview summary and the gate all call the run stale", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    const { runId } = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING });
    const token = await tokenFor(admin, ["read"]);
    const fresh = await call("GET", "/systems/{id}", { token, params: { id: systemId } });
    expect(fresh.body.classificationStale).toBe(false);

    await db().classificationRun.update({ where: { id: runId }, data: { ruleSetId: "2026-07-omnibus" } });
    const api = await call("GET", "/systems/{id}", { token, params: { id: systemId } });
    expect(api.body.classificationStale).toBe(true);
    expect((await getClassificationSummary(admin, systemId)).stale).toBe(true);
    expect((await previewGate(admin, systemId)).reasons.map((r) => r.code)).toContain("stale_rule_set_changed");
  });
});
