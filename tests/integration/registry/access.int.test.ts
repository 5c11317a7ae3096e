import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db/client";
import {
  createRegistryConnection,
  deleteRegistryConnection,
  listRegistryConnections,
  syncRegistryConnection,
  updateRegistryConnection,
} from "@/lib/dal/integrations/registry-sync";
import { linkModelToSystem, listModels, unlinkModelFromSystem } from "@/lib/dal/integrations/registry-sync-models";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { startMlflowStub, type MlflowStub } from "../../helpers/mlflow-stub";
import { connectTo, STUB_TOKEN } from "./helpers";

process.env.ALLOW_PRIVATE_URLS = "true";

let stub: MlflowStub;
beforeAll(async () => {
  stub = await startMlflowStub({ token: STUB_TOKEN });
});
afterAll(async () => {
  await stub.close();
});

describe("registry connections: who may do what", () => {
  it("only administrators configure and sync; everyone may read the models", async () => {
    const { organizationId, admin } = await createOrganization();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const auditor = await addMember(organizationId, "AUDITOR");
    const { id } = await connectTo(admin, stub.url);
    await expect(connectTo(officer, stub.url, { name: "Mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(syncRegistryConnection(officer, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listRegistryConnections(auditor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteRegistryConnection(officer, { connectionId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await syncRegistryConnection(admin, id);
    expect((await listModels(auditor)).models.map((m) => m.name)).toEqual([
      "credit-risk-scorer",
      "fraud-detector-gbm",
      "support-chat-llm",
    ]);
    const model = one((await listModels(auditor)).models, 0, "synced model");
    await expect(linkModelToSystem(auditor, { modelId: model.id, system: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("another organisation's connection and models are not found", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const { id } = await connectTo(a.admin, stub.url);
    await syncRegistryConnection(a.admin, id);
    await expect(syncRegistryConnection(b.admin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateRegistryConnection(b.admin, { connectionId: id, name: "Taken", baseUrl: stub.url, syncInterval: "60" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteRegistryConnection(b.admin, { connectionId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listRegistryConnections(b.admin)).toEqual([]);
    expect((await listModels(b.admin)).models).toEqual([]);
    const model = one((await listModels(a.admin)).models, 0, "synced model");
    const bSystem = await createSystem(b.organizationId, "B system");
    await expect(linkModelToSystem(b.admin, { modelId: model.id, system: bSystem })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const aSystem = await createSystem(a.organizationId, "A system");
    await expect(linkModelToSystem(a.admin, { modelId: model.id, system: bSystem })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { system: [expect.stringMatching(/No AI system/)] },
    });
    await linkModelToSystem(a.admin, { modelId: model.id, system: "A system" });
    await expect(unlinkModelFromSystem(b.admin, { modelId: model.id, systemId: aSystem })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("registry connection settings", () => {
  it("explains a bad URL, credentials in the URL and a duplicate name next to the field", async () => {
    const { admin } = await createOrganization();
    await expect(connectTo(admin, "mlflow.internal")).rejects.toThrow(/Enter a full URL starting with https:\/\//);
    await connectTo(admin, stub.url);
    await expect(connectTo(admin, stub.url)).rejects.toMatchObject({
      fieldErrors: { name: ["Another registry connection already has this name."] },
    });
    // The URL guard's own message lands on this form's field (loopback refusal itself: tests/unit/registry).
    await expect(connectTo(admin, "https://user:secret@mlflow.example.com", { name: "Creds" })).rejects.toMatchObject({
      fieldErrors: { baseUrl: [expect.stringMatching(/credentials/)] },
    });
  });

  it("keeps the stored token when the field is left blank, and forgets it on request", async () => {
    const { admin } = await createOrganization();
    const { id } = await connectTo(admin, stub.url);
    await updateRegistryConnection(admin, {
      connectionId: id,
      name: "Renamed",
      baseUrl: stub.url,
      authToken: "",
      syncInterval: "1440",
    });
    let row = await db().registryConnection.findUniqueOrThrow({ where: { id } });
    // Stored encrypted (lib/crypto/secret-box.ts): the same token, not its plaintext.
    expect(row).toMatchObject({ name: "Renamed", syncIntervalMinutes: 1440 });
    expect(row.authToken).not.toContain(STUB_TOKEN);
    expect(openSecret(row.authToken!, "registry.authToken")).toBe(STUB_TOKEN);
    await updateRegistryConnection(admin, {
      connectionId: id,
      name: "Renamed",
      baseUrl: stub.url,
      syncInterval: "manual",
      removeToken: true,
    });
    row = await db().registryConnection.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ authToken: null, syncIntervalMinutes: null });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "registry_connection.updated" },
    });
    expect(JSON.stringify(audit)).not.toContain(STUB_TOKEN);
  });

  it("deleting a connection keeps its models and their links to systems", async () => {
    const { organizationId, admin } = await createOrganization();
    const { id } = await connectTo(admin, stub.url);
    await syncRegistryConnection(admin, id);
    await deleteRegistryConnection(admin, { connectionId: id });
    expect(await db().aiModel.count({ where: { organizationId, registryConnectionId: null } })).toBe(3);
    expect(await db().auditEvent.count({ where: { organizationId, action: "registry_connection.deleted" } })).toBe(1);
    await expect(
      createRegistryConnection(admin, { name: "Production MLflow", baseUrl: stub.url, syncInterval: "manual" }),
    ).resolves.toBeTruthy();
  });
});
