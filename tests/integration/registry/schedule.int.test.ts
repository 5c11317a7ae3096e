import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { syncDueRegistryConnections } from "@/lib/dal/integrations/registry-sync";
import { createOrganization } from "../../helpers/factories";
import { startMlflowStub, type MlflowStub } from "../../helpers/mlflow-stub";
import { connectTo } from "./helpers";

process.env.ALLOW_PRIVATE_URLS = "true";

let stub: MlflowStub;
beforeAll(async () => {
  stub = await startMlflowStub();
});
afterAll(async () => {
  await stub.close();
});

const minutesAgo = (now: Date, m: number) => new Date(now.getTime() - m * 60_000);

describe("scheduled registry syncs", () => {
  it("syncs only connections whose interval has elapsed, and records them as scheduled", async () => {
    const { organizationId, admin } = await createOrganization();
    const now = new Date();
    const make = async (name: string, syncInterval: "manual" | "60" | "1440", lastSyncAt: Date | null) => {
      const { id } = await connectTo(admin, stub.url, { name, syncInterval, authToken: "" });
      await db().registryConnection.update({ where: { id }, data: { lastSyncAt } });
      return id;
    };
    const manual = await make("Manual only", "manual", null);
    const recent = await make("Hourly, synced 10 min ago", "60", minutesAgo(now, 10));
    const due = await make("Hourly, synced 2 h ago", "60", minutesAgo(now, 120));
    const never = await make("Daily, never synced", "1440", null);
    const exactly = await make("Daily, synced exactly a day ago", "1440", minutesAgo(now, 1440));

    const results = (await syncDueRegistryConnections(now)).filter((r) => r.organizationId === organizationId);

    expect(results.map((r) => r.connectionId).sort()).toEqual([due, never, exactly].sort());
    // All three read the same registry: the first to sync owns the models, the others report the clash.
    expect(results.map((r) => r.status).sort()).toEqual(["partial", "partial", "success"]);
    const rows = new Map((await db().registryConnection.findMany({ where: { organizationId } })).map((r) => [r.id, r]));
    expect(rows.get(manual)?.lastSyncStatus).toBe("");
    expect(rows.get(recent)?.lastSyncAt).toEqual(minutesAgo(now, 10));
    // Oldest first: the never-synced connection ran first and so owns the models.
    expect(rows.get(never)).toMatchObject({ lastSyncStatus: "success", lastSyncAt: now });
    expect(rows.get(due)).toMatchObject({ lastSyncStatus: "partial", lastSyncAt: now });
    expect((rows.get(due)?.lastSyncSummary as { errors: string[] }).errors[0]).toMatch(
      /already synced from another registry connection/,
    );
    expect((rows.get(due)?.lastSyncSummary as { trigger: string }).trigger).toBe("schedule");
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "registry.synced", entityId: due },
    });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "scheduled sync of Hourly, synced 2 h ago" });

    // An hour later nothing that just synced is due again; a second run within the interval syncs nothing.
    const later = (await syncDueRegistryConnections(new Date(now.getTime() + 30 * 60_000))).filter(
      (r) => r.organizationId === organizationId,
    );
    expect(later).toEqual([]);
  });
});
