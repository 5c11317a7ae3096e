import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { FRAMEWORKS } from "@/lib/standards";
import { frameworkCoverage } from "@/lib/standards/coverage";
import { addMember, createOrganization } from "../../helpers/factories";
import { classifiedSystem, duty, operator, risk } from "./fixtures";

// The crosswalk through its entry points: the coverage query on real Postgres, the Statement of Applicability's server
// action (session → zod → DAL → database) and its export. Only the Next.js request context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setApplicabilityAction } = await import("@/app/(app)/standards/actions");
const { coverageFacts } = await import("@/lib/dal/standards/coverage");
const { listApplicability } = await import("@/lib/dal/standards/applicability");
const { obligationsOfCodes } = await import("@/lib/dal/standards/drill-down");
const { statementOfApplicability } = await import("@/lib/dal/standards/soa");

type Org = Awaited<ReturnType<typeof createOrganization>>;
const exclude = (controlId: string, justification = "We build no AI systems ourselves.") => ({
  framework: "iso-42001" as const,
  controlId,
  decision: "exclude" as const,
  justification,
  version: 0, // no decision yet (soa-lock.int.test.ts covers concurrent decisions)
});

describe("standards crosswalk", () => {
  let org: Org;
  let officer: UserActor;
  beforeEach(async () => {
    org = await createOrganization("Crosswalk");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
  });

  it("counts duties by state and evidence, high-risk systems with a register, and trained operators", async () => {
    const o = { organizationId: org.organizationId };
    const high = { ...o, systemId: await classifiedSystem(org.organizationId, "Scoring", "HIGH") };
    const other = { ...o, systemId: await classifiedSystem(org.organizationId, "Other", "HIGH") };
    await duty(high, "hr.data_governance", "DONE", true);
    await duty(other, "hr.data_governance", "DONE"); // a note, no evidence: not yet evidenced
    await duty(high, "hr.risk_management", "NOT_STARTED");
    await duty(other, "hr.risk_management", "NOT_APPLICABLE");
    const obsolete = await duty(other, "hr.record_keeping", "NOT_STARTED");
    await db().obligation.update({ where: { id: obsolete }, data: { obsoleteAt: new Date() } });
    await risk(high);
    await operator(high, "ann@x.test", true);
    await operator(other, "bob@x.test", false);
    // Another organisation's records never count here.
    const foreign = await createOrganization("Foreign");
    const fs = {
      organizationId: foreign.organizationId,
      systemId: await classifiedSystem(foreign.organizationId, "F", "HIGH"),
    };
    await duty(fs, "hr.data_governance", "DONE", true);
    await risk(fs);

    const facts = await coverageFacts(officer, "2026-12-05");
    expect(facts).toMatchObject({ systems: 2, classified: 2, highRisk: 2, highRiskWithRisks: 1 });
    expect(facts).toMatchObject({ literacyPairs: 2, literacyTrained: 1 });
    expect(facts.obligations).toEqual({
      "hr.data_governance": { total: 2, evidenced: 1, inProgress: 1, notStarted: 0 },
      "hr.risk_management": { total: 1, evidenced: 0, inProgress: 0, notStarted: 1 },
    });
    const { controls } = frameworkCoverage(FRAMEWORKS["iso-42001"], facts);
    const status = (id: string) => controls.find((c) => c.control.id === id)?.status;
    expect(status("A.7.2")).toBe("partial"); // data governance: 1 of 2 evidenced
    expect(status("A.4.6")).toBe("partial"); // literacy 1 of 2; general.ai_literacy: no such duty here
    expect(status("A.3.3")).toBe("unmapped");

    const drill = await obligationsOfCodes(officer, ["hr.data_governance", "hr.record_keeping"]);
    expect(drill.total).toBe(2); // the obsolete duty and the other organisation's are left out
    expect(drill.rows.map((r) => [r.systemName, r.evidence])).toEqual([
      ["Other", 0],
      ["Scoring", 1],
    ]);
  });

  it("excludes a control with a justification, includes it again, and audits both; the export says so", async () => {
    expect(await setApplicabilityAction(exclude("A.10.4"))).toEqual({ ok: true, data: { version: 1 } });
    let row = (await listApplicability(officer, "iso-42001")).get("A.10.4");
    expect(row).toMatchObject({
      applicable: false,
      justification: "We build no AI systems ourselves.",
      updatedByName: "Test COMPLIANCE_OFFICER",
    });
    const soa = await statementOfApplicability(officer, "iso-42001");
    expect(soa.summary.excluded).toBe(1);
    expect(soa.rows.find((r) => r.controlId === "A.10.4")).toMatchObject({
      applicability: "Excluded",
      coverage: "Excluded",
    });
    expect(soa.rows.find((r) => r.controlId === "A.2.2")?.applicability).toBe("Included (not reviewed)");

    session.actor = org.admin;
    expect(
      await setApplicabilityAction({
        framework: "iso-42001",
        controlId: "A.10.4",
        decision: "include",
        justification: "",
        version: 1,
      }),
    ).toEqual({ ok: true, data: { version: 2 } });
    row = (await listApplicability(officer, "iso-42001")).get("A.10.4");
    expect(row).toMatchObject({ applicable: true, justification: "" });
    const events = await db().auditEvent.findMany({
      where: { organizationId: org.organizationId, entityType: "ControlApplicability" },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["control.excluded", "control.included"]);
  });

  it("requires a justification to exclude, next to the field, and stores nothing", async () => {
    const r = await setApplicabilityAction(exclude("A.2.3", "  no  "));
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { justification: [expect.stringContaining("why")] },
    });
    const bad = await setApplicabilityAction(exclude("A.99.1"));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { controlId: [expect.any(String)] } });
    const nist = await setApplicabilityAction({ ...exclude("GOVERN 1.1"), framework: "nist-ai-rmf" as never });
    expect(nist).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db().controlApplicability.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("lets only administrators and compliance officers decide; legal, managers and auditors are refused", async () => {
    for (const role of ["LEGAL", "MANAGER", "AUDITOR"] as const) {
      session.actor = await addMember(org.organizationId, role);
      expect(await setApplicabilityAction(exclude("A.9.3"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
      // Everyone who reads the inventory reads the statement.
      expect((await statementOfApplicability(session.actor, "iso-42001")).rows).toHaveLength(38);
    }
    expect(await db().controlApplicability.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("writes only into the actor's own organisation: a hostile member's decision never reaches another one", async () => {
    const hostile = await createOrganization("Hostile");
    session.actor = hostile.admin;
    expect(await setApplicabilityAction(exclude("A.5.5"))).toEqual({ ok: true, data: { version: 1 } });
    expect((await listApplicability(officer, "iso-42001")).size).toBe(0);
    // A session naming an organisation its user is not a member of is refused outright.
    session.actor = { ...hostile.admin, organizationId: org.organizationId };
    expect(await setApplicabilityAction(exclude("A.5.5"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().controlApplicability.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });
});
