import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";

// Reminders read across all organisations in one pass: tens of thousands of due obligations must not hit
// Postgres's bind-parameter limit (65,535) or take minutes.
let organizationId: string | undefined;
// Removed afterwards: the other reminder tests share this database and should not carry 20,000 overdue duties.
afterAll(async () => {
  if (organizationId) await db().organization.delete({ where: { id: organizationId } });
});

describe("reminders at scale", () => {
  it("writes 20,000 reminders in one run and none on the next", async () => {
    const { organizationId: orgId } = await createOrganization("Scale");
    organizationId = orgId;
    const owners = await Promise.all(Array.from({ length: 20 }, () => addMember(orgId, "COMPLIANCE_OFFICER")));
    const systemId = await createSystem(orgId);
    const ownerIds = owners.map((o) => o.userId);
    // Written in one statement: the point is the reminder run, not how fast the test can make obligations.
    await db().$executeRaw`
      INSERT INTO "Obligation" ("id", "organizationId", "systemId", "ownerId", "code", "role", "article", "title", "appliesFrom", "dueDate", "updatedAt")
      SELECT 'scale-' || i, ${orgId}, ${systemId}, (${ownerIds}::text[])[1 + i % 20], 'scale.' || i, 'provider', 'Art 9',
             'Duty ' || i, DATE '2027-12-02', CURRENT_DATE - 3, now()
      FROM generate_series(0, 19999) AS i`;

    const timed = async () => {
      const started = Date.now();
      const result = await runReminders(new Date());
      return { ...result, ms: Date.now() - started };
    };
    const first = await timed();
    const second = await timed();
    console.log(`[reminders at scale] first run ${first.ms} ms, rerun ${second.ms} ms`);
    expect(first.created).toBeGreaterThanOrEqual(20_000);
    expect(second.created).toBe(0);
    // Generous bounds for a loaded shared test machine. They guard against writing row by row, which took ~35 s
    // per run here; the rerun is the hourly steady state (every reminder already exists).
    expect(first.ms).toBeLessThan(30_000);
    expect(second.ms).toBeLessThan(15_000);
    expect(await db().notification.count({ where: { organizationId: orgId } })).toBe(20_000);
  }, 180_000);
});
