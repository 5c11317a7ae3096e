import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/errors";

// This file runs the real data-access layer against a Postgres of its own, which it stops and restarts while
// writes are in flight. The app's client (lib/db/client.ts) is created once and never recreated: it must recover.
const session: { actor: UserActor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "actlas-faults-"));
let pg: EmbeddedPostgresHandle;
const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hung for ${ms} ms`)), ms))]);

beforeAll(async () => {
  pg = await startEmbeddedPostgres({ dataDir, port: 0, database: "faults" });
  await applyMigrations(pg.url, { log: () => undefined });
  process.env.DATABASE_URL = pg.url;
}, 120_000);

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  await pg?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("Postgres stopped and restarted under load", () => {
  it("fails cleanly while down, recovers by itself, and never half-applies a transaction", async () => {
    const { db } = await import("@/lib/db/client");
    const { addSsoDomain } = await import("@/lib/dal/sso/sso-domains");
    const { verifyOrganizationChain } = await import("@/lib/dal/core/audit-verify");
    const { addSsoDomainAction } = await import("@/app/(app)/settings/sso/actions");
    const { createOrganization } = await import("../../helpers/factories");
    const { organizationId, admin } = await createOrganization("Faults");
    session.actor = admin;

    let n = 0;
    const outcomes = { ok: 0, unavailable: 0, other: [] as string[] };
    // Each write is one transaction of two rows (the domain and its audit event).
    const write = () =>
      withTimeout(
        addSsoDomain(admin, { domain: `d${n++}-${Date.now()}.example`, defaultRole: "MANAGER" }),
        15_000,
      ).then(
        () => void (outcomes.ok += 1),
        (error: unknown) =>
          isDatabaseUnavailable(error)
            ? void (outcomes.unavailable += 1)
            : void outcomes.other.push(String(error).slice(0, 200)),
      );
    const writers = (until: () => boolean) =>
      Promise.all(
        Array.from({ length: 4 }, async () => {
          while (!until()) await write();
        }),
      );

    let phase: "up" | "down" | "done" = "up";
    const load = writers(() => phase === "done");
    await new Promise((r) => setTimeout(r, 1_500));
    const port = pg.port;
    await pg.stop();
    phase = "down";
    const okBeforeOutage = outcomes.ok;
    await new Promise((r) => setTimeout(r, 1_500));

    // A server action meanwhile gives the person a clear message, not a 500 or a stack trace.
    const during = await withTimeout(
      addSsoDomainAction({ domain: "during-outage.example", defaultRole: "LEGAL" }),
      15_000,
    );
    expect(during).toEqual({ ok: false, code: "UNAVAILABLE", error: DATABASE_UNAVAILABLE_MESSAGE });

    pg = await startEmbeddedPostgres({ dataDir, port, database: "faults" });
    const unavailableDuringOutage = outcomes.unavailable;
    await new Promise((r) => setTimeout(r, 2_500));
    phase = "done";
    await load;

    expect(outcomes.other, "errors other than 'database unavailable'").toEqual([]);
    expect(okBeforeOutage).toBeGreaterThan(0);
    expect(unavailableDuringOutage).toBeGreaterThan(0);
    expect(outcomes.ok, "writes succeed again after the restart, without restarting the app").toBeGreaterThan(
      okBeforeOutage,
    );
    expect(await db().organizationDomain.count({ where: { organizationId } })).toBe(outcomes.ok);

    // All or nothing: every domain row has exactly its audit event, and the hash chain has no gap or fork.
    const audited = await db().auditEvent.count({ where: { organizationId, action: "sso_domain.added" } });
    expect(audited).toBe(await db().organizationDomain.count({ where: { organizationId } }));
    expect(await verifyOrganizationChain(organizationId)).toMatchObject({ ok: true });
    expect(await db().organizationDomain.count({ where: { domain: "during-outage.example" } })).toBe(0);
  }, 120_000);
});
