import { describe, expect, it } from "vitest";
import { ZMonitoringTaskApi } from "@/lib/validations/api-runs-tasks";
import { createOrganization } from "../../helpers/factories";
import { DEPLOYER_BASE } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

const BREACH = { kind: "DRIFT", metric: "psi", value: 0.31, threshold: 0.2, direction: "max" };

// Issue #23: a pipeline blocked by monitoring_breach_open finishes its loop through the API alone: it reads the
// breach's task, resolves it with a note, and the gate passes again; it can also read the runs it stored.
describe("API: closing the loop after a monitoring breach", () => {
  it("lists the open task named by the gate, resolves it, and the gate passes; a second resolve is 409", async () => {
    const { admin } = await createOrganization();
    const pipeline = await tokenFor(admin, ["systems:write", "gate", "read"]);
    const system = await call("POST", "/systems", { token: pipeline, json: { name: "Credit scoring", isDraft: true } });
    const id = system.body.id;
    await call("POST", "/systems/{id}/classifications", {
      token: pipeline,
      params: { id },
      json: { answers: DEPLOYER_BASE },
    });
    const breach = await call("POST", "/systems/{id}/monitoring-events", {
      token: pipeline,
      params: { id },
      json: BREACH,
    });
    expect(breach.body).toEqual({ eventId: expect.any(String), breached: true, taskId: expect.any(String) });

    const gate = await call("GET", "/systems/{id}/gate", { token: pipeline, params: { id } });
    const blocking = gate.body.reasons.find((r: { code: string }) => r.code === "monitoring_breach_open");
    const open = await call("GET", "/systems/{id}/monitoring-tasks", {
      token: pipeline,
      params: { id },
      query: { status: "OPEN" },
    });
    expect(open.status).toBe(200);
    expect(open.body.map((t: { id: string }) => t.id)).toEqual(blocking.items.map((i: { id: string }) => i.id));
    expect(open.body[0]).toMatchObject({ status: "OPEN", occurrences: 1, closedAt: null, systemId: id });
    // Exactly the documented fields: the document's schema closes the object.
    expect(Object.keys(open.body[0]).sort()).toEqual(Object.keys(ZMonitoringTaskApi.shape).sort());

    const tooShort = await call("POST", "/systems/{id}/monitoring-tasks/{taskId}/resolve", {
      token: pipeline,
      params: { id, taskId: breach.body.taskId },
      json: { note: "ok" },
    });
    expect(tooShort.status).toBe(422);
    const resolved = await call("POST", "/systems/{id}/monitoring-tasks/{taskId}/resolve", {
      token: pipeline,
      params: { id, taskId: breach.body.taskId },
      json: { note: "Retrained on the corrected sample." },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ id: breach.body.taskId, status: "DONE" });

    const after = await call("GET", "/systems/{id}/gate", { token: pipeline, params: { id } });
    expect(after.body.reasons.map((r: { code: string }) => r.code)).not.toContain("monitoring_breach_open");
    const done = await call("GET", "/systems/{id}/monitoring-tasks", {
      token: pipeline,
      params: { id },
      query: { status: "DONE" },
    });
    expect(done.body[0].body).toContain("Retrained on the corrected sample.");
    const again = await call("POST", "/systems/{id}/monitoring-tasks/{taskId}/resolve", {
      token: pipeline,
      params: { id, taskId: breach.body.taskId },
      json: { note: "Retrained on the corrected sample." },
    });
    expect(again.status).toBe(409);
  });

  it("reads the stored runs and one run in full; another organisation's system, run or task is 404", async () => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin, ["systems:write", "read"]);
    const system = await call("POST", "/systems", { token, json: { name: "Chat assistant", isDraft: true } });
    const id = system.body.id;
    const stored = await call("POST", "/systems/{id}/classifications", {
      token,
      params: { id },
      json: { answers: DEPLOYER_BASE },
    });
    const breach = await call("POST", "/systems/{id}/monitoring-events", { token, params: { id }, json: BREACH });

    const list = await call("GET", "/systems/{id}/classifications", { token, params: { id } });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      currentRunId: stored.body.runId,
      runs: [{ id: stored.body.runId, sequence: 1 }],
    });
    const run = await call("GET", "/systems/{id}/classifications/{runId}", {
      token,
      params: { id, runId: stored.body.runId },
    });
    expect(run.status).toBe(200);
    expect(run.body.result).toEqual(stored.body.result);
    expect(run.body.answers).toMatchObject({ artefactType: DEPLOYER_BASE.artefactType });

    const outsider = await createOrganization();
    const theirs = await tokenFor(outsider.admin, ["systems:write", "read"]);
    for (const [method, path, params] of [
      ["GET", "/systems/{id}/classifications", { id }],
      ["GET", "/systems/{id}/classifications/{runId}", { id, runId: stored.body.runId }],
      ["GET", "/systems/{id}/monitoring-tasks", { id }],
    ] as const)
      expect((await call(method, path, { token: theirs, params })).status, path).toBe(404);
    const foreignResolve = await call("POST", "/systems/{id}/monitoring-tasks/{taskId}/resolve", {
      token: theirs,
      params: { id, taskId: breach.body.taskId },
      json: { note: "Closing someone else's task." },
    });
    expect(foreignResolve.status).toBe(404);
    // Their own system, our task: the task is not theirs either.
    const own = await call("POST", "/systems", { token: theirs, json: { name: "Own system", isDraft: true } });
    const crossed = await call("POST", "/systems/{id}/monitoring-tasks/{taskId}/resolve", {
      token: theirs,
      params: { id: own.body.id, taskId: breach.body.taskId },
      json: { note: "Closing someone else's task." },
    });
    expect(crossed.status).toBe(404);
  });
});
