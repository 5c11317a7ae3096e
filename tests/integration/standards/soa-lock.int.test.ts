import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";

// Two people deciding the same control of the Statement of Applicability: each form carries the version it was
// opened at, and a save made from a stale version is refused naming who changed it and when (the obligations'
// convention), through the server action as the form calls it. Only the Next.js request context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setApplicabilityAction } = await import("@/app/(app)/standards/actions");
const { listApplicability } = await import("@/lib/dal/standards/applicability");

type Org = Awaited<ReturnType<typeof createOrganization>>;
const decide = (decision: "include" | "exclude", justification: string, version: number) => ({
  framework: "iso-42001" as const,
  controlId: "A.10.3",
  decision,
  justification,
  version,
});

describe("Statement of Applicability: concurrent decisions", () => {
  let org: Org;
  let officer: UserActor;
  beforeEach(async () => {
    org = await createOrganization("Lock");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
  });

  it("refuses the second first decision on an undecided control and names who decided it", async () => {
    // Both opened the control while nobody had decided it (version 0).
    session.actor = officer;
    expect(await setApplicabilityAction(decide("exclude", "We buy no AI from suppliers.", 0))).toEqual({
      ok: true,
      data: { version: 1 },
    });
    session.actor = org.admin;
    const second = await setApplicabilityAction(decide("include", "Suppliers matter to us.", 0));
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(second.ok === false && second.error).toMatch(
      /^Changed by Test COMPLIANCE_OFFICER at .+; reload to see their changes\. Your input is still here\.$/,
    );
    expect((await listApplicability(officer, "iso-42001")).get("A.10.3")).toMatchObject({
      applicable: false,
      justification: "We buy no AI from suppliers.",
      version: 1,
    });
  });

  it("refuses a change made from a stale version and keeps the winner's decision", async () => {
    session.actor = officer;
    await setApplicabilityAction(decide("exclude", "We buy no AI from suppliers.", 0));
    // Both now hold version 1; the administrator saves first.
    session.actor = org.admin;
    expect(await setApplicabilityAction(decide("include", "Two suppliers since March.", 1))).toEqual({
      ok: true,
      data: { version: 2 },
    });
    session.actor = officer;
    const stale = await setApplicabilityAction(decide("exclude", "Still no suppliers, I think.", 1));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("Test ADMIN") });
    const row = (await listApplicability(officer, "iso-42001")).get("A.10.3");
    expect(row).toMatchObject({ applicable: true, justification: "Two suppliers since March.", version: 2 });
    // Saving again from the version just read goes through.
    expect(await setApplicabilityAction(decide("exclude", "Still no suppliers, I think.", 2))).toEqual({
      ok: true,
      data: { version: 3 },
    });
    const audits = await db().auditEvent.count({
      where: { organizationId: org.organizationId, entityType: "ControlApplicability" },
    });
    expect(audits).toBe(3); // refused saves leave no trace
  });
});
