import { describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { addEvidenceLink } from "@/lib/dal/obligations/evidence";
import { coverageFacts } from "@/lib/dal/standards/coverage";
import { DRILL_DOWN_LIMIT, obligationsOfCodes } from "@/lib/dal/standards/drill-down";
import { stateRows } from "@/lib/dal/standards/internal/drill-down-page";
import { db } from "@/lib/db/client";
import type { ObligationStatus } from "@/lib/db/generated/client";
import type { DutyCounts } from "@/lib/standards/coverage";
import { addMember, createOrganization } from "../../helpers/factories";
import { classifiedSystem, duty, operator, risk } from "./fixtures";

// The crosswalk's queries read indexes rather than the tables (BENCHMARKS.md, standards crosswalk): the duties are
// counted by code and state, the duties done with evidence from the evidence side, the Art 4 pairs per person, and a
// control's drill-down is read state by state. Each figure is held here to a plain fold of the same records, with a
// second organisation holding the same kind of records that must never count.

const STATES: ObligationStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"];

async function plan(sql: string): Promise<string> {
  return db().$transaction(async (tx) => {
    // Only an index-only scan stays open to the planner: on a small test table it may otherwise pick any index, and
    // the question is whether one index alone can answer the counts.
    for (const scan of ["seqscan", "indexscan", "bitmapscan"])
      await tx.$executeRawUnsafe(`SET LOCAL enable_${scan} = off`);
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

// The reference: every live duty read back and folded in JavaScript.
async function foldedDuties(organizationId: string): Promise<Record<string, DutyCounts>> {
  const duties = await db().obligation.findMany({
    where: { organizationId, obsoleteAt: null, status: { not: "NOT_APPLICABLE" } },
    select: { code: true, status: true, _count: { select: { evidence: true } } },
  });
  const counts: Record<string, DutyCounts> = {};
  for (const d of duties) {
    const c = (counts[d.code] ??= { total: 0, evidenced: 0, inProgress: 0, notStarted: 0 });
    c.total++;
    if (d.status === "NOT_STARTED") c.notStarted++;
    else if (d.status === "DONE" && d._count.evidence > 0) c.evidenced++;
    else c.inProgress++;
  }
  return counts;
}

async function seedOrganisation(name: string) {
  const org = await createOrganization(name);
  const o = { organizationId: org.organizationId };
  const a = { ...o, systemId: await classifiedSystem(o.organizationId, "Alpha", "HIGH") };
  const b = { ...o, systemId: await classifiedSystem(o.organizationId, "Beta", "HIGH") };
  const c = { ...o, systemId: await classifiedSystem(o.organizationId, "Gamma", "MINIMAL") };
  const twice = await duty(a, "hr.data_governance", "DONE", true);
  await db().evidence.create({
    data: { ...a, obligationId: twice, kind: "LINK", title: "Second proof", url: "https://example.test/2" },
  });
  await duty(b, "hr.data_governance", "DONE"); // a note only
  await duty(a, "hr.risk_management", "IN_PROGRESS", true); // evidence, but not done
  await duty(b, "hr.risk_management", "NOT_STARTED");
  await duty(c, "hr.risk_management", "NOT_APPLICABLE", true);
  await duty(a, "hr.log_keeping", "NOT_APPLICABLE"); // nothing else of this code: absent
  const obsolete = await duty(b, "hr.record_keeping", "DONE", true);
  await db().obligation.update({ where: { id: obsolete }, data: { obsoleteAt: new Date() } });
  await duty(a, "bench.unmapped", "NOT_STARTED"); // no control maps it
  await risk(a);
  await risk(a);
  await risk(c); // not high-risk
  await operator(a, `ann-${name}@x.test`, true);
  await operator(b, `bob-${name}@x.test`, false);
  // Carol oversees and operates Beta (one pair), trained for Beta only by an item meant for it, and for Gamma by an
  // item that expired the day before.
  const carol = await db().literacyPerson.create({ data: { ...o, name: "Carol", email: `carol-${name}@x.test` } });
  for (const [systemId, role] of [
    [b.systemId, "OPERATOR"],
    [b.systemId, "OVERSIGHT"],
    [c.systemId, "OPERATOR"],
  ] as const)
    await db().systemOperator.create({ data: { ...o, systemId, personId: carol.id, role } });
  for (const [systemId, expiresOn] of [
    [b.systemId, null],
    [c.systemId, new Date("2026-12-04")],
  ] as const) {
    const item = await db().learningItem.create({
      data: { ...o, title: "Beta", kind: "COURSE", allSystems: false, intendedRoles: [] },
    });
    await db().learningItemSystem.create({ data: { ...o, itemId: item.id, systemId } });
    await db().literacyCompletion.create({
      data: { ...o, personId: carol.id, itemId: item.id, completedOn: new Date("2026-01-01"), expiresOn },
    });
  }
  return { ...org, a, b, c };
}

describe("crosswalk queries", () => {
  it("has the partial index of live duties by code and state, and counts from it alone", async () => {
    const [index] = await db().$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname = 'Obligation_code_status_idx'`;
    expect(index?.indexdef).toContain('USING btree ("organizationId", code, status) WHERE ("obsoleteAt" IS NULL)');
    const text = await plan(`SELECT code, status, count(*) FROM "Obligation"
      WHERE "organizationId" = 'x' AND "obsoleteAt" IS NULL AND code = ANY('{hr.data_governance}') GROUP BY 1, 2`);
    expect(text).toContain('Index Only Scan using "Obligation_code_status_idx"');
  });

  it("gives the figures a fold of the records gives, and none of another organisation's", async () => {
    const org = await seedOrganisation("Mine");
    await seedOrganisation("Theirs");
    const facts = await coverageFacts(org.admin, "2026-12-05");
    const { ["bench.unmapped"]: _unmapped, ...mapped } = await foldedDuties(org.organizationId);
    expect(facts.obligations).toEqual(mapped);
    expect(facts.obligations).toEqual({
      "hr.data_governance": { total: 2, evidenced: 1, inProgress: 1, notStarted: 0 },
      "hr.risk_management": { total: 2, evidenced: 0, inProgress: 1, notStarted: 1 },
    });
    expect(facts).toMatchObject({ systems: 3, classified: 3, highRisk: 2, highRiskWithRisks: 1 });
    // Ann (every system) and Carol for Beta are trained; Bob, and Carol for Gamma (expired), are not.
    expect(facts).toMatchObject({ literacyPairs: 4, literacyTrained: 2 });
  });

  it("shows a duty's new evidence on the next view, through the data layer's own write", async () => {
    const org = await seedOrganisation("Fresh");
    const officer: UserActor = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    expect((await coverageFacts(officer, "2026-12-05")).obligations["hr.data_governance"]?.evidenced).toBe(1);
    const noted = await db().obligation.findFirstOrThrow({
      where: { organizationId: org.organizationId, systemId: org.b.systemId, code: "hr.data_governance" },
    });
    await addEvidenceLink(officer, {
      systemId: org.b.systemId,
      obligationId: noted.id,
      title: "Data sheet",
      url: "https://example.test/sheet",
    });
    const after = await coverageFacts(officer, "2026-12-05");
    expect(after.obligations["hr.data_governance"]).toEqual({ total: 2, evidenced: 2, inProgress: 0, notStarted: 0 });
  });

  it("pages a control's duties least advanced first across states, by system name, with the count", async () => {
    const org = await createOrganization("Drill");
    const o = { organizationId: org.organizationId };
    // More duties than a page, in every state, so that the page runs out of one state and continues in the next.
    await db().aiSystem.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({ ...o, name: `System ${String(i).padStart(3, "0")}` })),
    });
    const systems = await db().aiSystem.findMany({ where: o, select: { id: true, name: true } });
    const names = new Map(systems.map((s) => [s.id, s.name]));
    await db().obligation.createMany({
      data: systems.flatMap((s, i) =>
        ["hr.human_oversight", "hr.post_market_monitoring"].map((code, j) => ({
          ...o,
          systemId: s.id,
          code,
          role: "provider",
          article: "Art 14",
          title: code,
          appliesFrom: new Date("2027-08-02"),
          status: STATES[(i * 2 + j) % 7 < 3 ? 0 : (i + j) % 4] as ObligationStatus,
          obsoleteAt: i % 17 === 0 ? new Date() : null,
        })),
      ),
    });
    // Another organisation's duties of the same codes, on a system whose name would sort first.
    const theirs = await createOrganization("Elsewhere");
    await duty(
      { organizationId: theirs.organizationId, systemId: await classifiedSystem(theirs.organizationId, "AAA", "HIGH") },
      "hr.human_oversight",
      "NOT_STARTED",
    );

    const live = await db().obligation.findMany({
      where: { ...o, obsoleteAt: null, code: { in: ["hr.human_oversight", "hr.post_market_monitoring"] } },
      select: { id: true, status: true, systemId: true },
    });
    const sorted = live
      .map((d) => ({ ...d, systemName: names.get(d.systemId) ?? "" }))
      .sort(
        (x, y) =>
          STATES.indexOf(x.status) - STATES.indexOf(y.status) ||
          (x.systemName < y.systemName ? -1 : x.systemName > y.systemName ? 1 : 0) ||
          (x.id < y.id ? -1 : 1),
      );
    const expected = sorted.slice(0, DRILL_DOWN_LIMIT);
    const drill = await obligationsOfCodes(org.admin, ["hr.human_oversight", "hr.post_market_monitoring"]);
    expect(drill.total).toBe(live.length);
    expect(new Set(expected.map((d) => d.status)).size).toBeGreaterThan(1); // the page crosses a state
    expect(drill.rows.map((r) => [r.status, r.systemName, r.id])).toEqual(
      expected.map((d) => [d.status, d.systemName, d.id]),
    );
    expect(await obligationsOfCodes(theirs.admin, ["hr.post_market_monitoring"])).toEqual({ rows: [], total: 0 });

    // A state with many duties is read by the other strategy (walking the systems by name): the same rows.
    const q = { org: org.organizationId, codes: ["hr.human_oversight", "hr.post_market_monitoring"], room: 50 };
    for (const status of STATES) {
      const [fetched, walked] = await db().$transaction((tx) =>
        Promise.all([stateRows(tx, { ...q, status }, true), stateRows(tx, { ...q, status }, false)]),
      );
      expect(walked).toEqual(fetched);
      const first = sorted.filter((d) => d.status === status).slice(0, q.room);
      expect(fetched.map((r) => r.id)).toEqual(first.map((d) => d.id));
    }
  });
});
