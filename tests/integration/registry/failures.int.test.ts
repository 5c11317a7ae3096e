import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listRegistryConnections, syncRegistryConnection } from "@/lib/dal/integrations/registry-sync";
import { one } from "../../helpers/expect-defined";
import { createOrganization, createSystem } from "../../helpers/factories";
import { startMlflowStub, type MlflowStub } from "../../helpers/mlflow-stub";
import { connectTo, registryState, STUB_TOKEN, TAGGED_SYSTEM } from "./helpers";

process.env.ALLOW_PRIVATE_URLS = "true";

let stub: MlflowStub;
beforeAll(async () => {
  stub = await startMlflowStub({ token: STUB_TOKEN });
});
afterAll(async () => {
  await stub.close();
});
beforeEach(() => {
  stub.scenario = "v1";
  stub.faults.clear();
  stub.overrides.clear();
});

describe("a registry that fails", () => {
  it.each([
    ["500", "runs/get", /INTERNAL_ERROR: \(psycopg2.OperationalError\)/, "httpError"],
    [
      "garbage",
      "model-versions/search",
      /answered .*model-versions\/search with something that is not JSON/,
      "notJson",
    ],
    ["wrong-shape", "registered-models/search", /unexpected shape \(registered_models: /, "unexpectedShape"],
  ] as const)(
    "%s from %s on the first sync: error recorded and shown, nothing imported",
    async (fault, endpoint, message, note) => {
      const { organizationId, admin } = await createOrganization();
      await createSystem(organizationId, TAGGED_SYSTEM);
      const { id } = await connectTo(admin, stub.url);
      stub.faults.set(endpoint, fault);

      const summary = await syncRegistryConnection(admin, id);

      expect(summary.status).toBe("error");
      expect(summary.errors.join("\n")).toMatch(message);
      expect(await db().aiModel.count({ where: { organizationId } })).toBe(0);
      expect(await db().aiSystemModel.count({ where: { system: { organizationId } } })).toBe(0);
      const conn = one(await listRegistryConnections(admin), 0, "registry connection");
      expect(conn.lastSyncStatus).toBe("error");
      expect(conn.lastSyncAt).not.toBeNull();
      expect(conn.lastSyncSummary?.errors.join("\n")).toMatch(message);
      // Stored as a note beside its English, for the page to word in the reader's language.
      expect(conn.lastSyncSummary?.errorNotes.map((n) => n.key)).toEqual([note]);
    },
  );

  it("a timeout half-way through a second sync leaves the first sync's data exactly as it was", async () => {
    const { organizationId, admin } = await createOrganization();
    await createSystem(organizationId, TAGGED_SYSTEM);
    const { id } = await connectTo(admin, stub.url);
    await syncRegistryConnection(admin, id);
    const before = await registryState(organizationId);

    stub.scenario = "v2";
    stub.faults.set("runs/get", "hang");
    const started = Date.now();
    const summary = await syncRegistryConnection(admin, id, { timeoutMs: 300 });

    expect(Date.now() - started).toBeLessThan(10_000);
    expect(summary.status).toBe("error");
    expect(summary.errors[0]).toMatch(/did not answer within/);
    expect(await registryState(organizationId)).toEqual(before);
    expect(one(await listRegistryConnections(admin)).lastSyncStatus).toBe("error");
  });

  it("a wrong access token is reported as such", async () => {
    const { admin } = await createOrganization();
    const { id } = await connectTo(admin, stub.url, { authToken: "wrong" });
    const summary = await syncRegistryConnection(admin, id);
    expect(summary.errors[0]).toMatch(/refused the access token/);
  });

  it("a server that is not MLflow (404 without an MLflow error) points at the base URL", async () => {
    const { admin } = await createOrganization();
    const { id } = await connectTo(admin, `${stub.url}/not-mlflow`);
    const summary = await syncRegistryConnection(admin, id);
    expect(summary.errors[0]).toMatch(/Check the base URL/);
  });

  it("one sync at a time per connection", async () => {
    const { admin } = await createOrganization();
    const { id } = await connectTo(admin, stub.url);
    await db().registryConnection.update({ where: { id }, data: { lastSyncStatus: "running" } });
    await expect(syncRegistryConnection(admin, id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
