import { beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import type { LifecycleStage, ObligationStatus, Tier } from "@/lib/db/generated/client";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "./fixtures";
import { expectedFigures } from "./oracle";

// A random-looking but reproducible portfolio, checked figure by figure against an independent count, with and
// without each filter. A second organisation with the same shape must never leak into the first one's figures.

const TODAY = "2027-03-15";
const TIERS: (Tier | null)[] = [
  "PROHIBITED",
  "HIGH",
  "HIGH",
  "LIMITED",
  "GPAI",
  "GPAI_SYSTEMIC",
  "MINIMAL",
  "OUT_OF_SCOPE",
  null,
];
const UNITS = ["Retail Banking", "Insurance", "Group IT", ""];
const STAGES: LifecycleStage[] = ["PLANNED", "IN_DEVELOPMENT", "PILOT", "IN_PRODUCTION", "RETIRED"];
const ROLE_SETS = [["provider"], ["deployer"], ["provider", "deployer"], ["importer"], []];
const STATUSES: ObligationStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"];
const DATES = ["2025-02-02", "2026-08-02", "2026-12-02", "2027-02-01", "2027-12-02", "2028-08-02", "2030-08-02"];
const ARTICLES = ["Art 9", "Art 27", "Art 49(1); Art 16(i)", "Art 26(8); Art 49(3)", "Art 50(1)"];

// mulberry32: tiny, reproducible, and without the short low-bit cycles of a plain LCG.
function prng(seed: number) {
  let state = seed;
  return <T>(items: readonly T[]): T => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return one(items, ((t ^ (t >>> 14)) >>> 0) % items.length, "choice");
  };
}

async function seedPortfolio(organizationId: string, ownerIds: string[], seed: number) {
  const pick = prng(seed);
  const owners = [...ownerIds, null];
  for (let i = 0; i < 36; i++) {
    const tier = pick(TIERS);
    const id = await makeSystem(organizationId, {
      name: `System ${String(i).padStart(2, "0")}`,
      tier,
      businessUnit: pick(UNITS),
      lifecycleStage: pick(STAGES),
      ownerId: pick(owners),
      roles: tier ? pick(ROLE_SETS) : [],
      disposition: tier ? pick(["FINAL", "FINAL", "REQUIRES_REVIEW"] as const) : null,
    });
    if (!tier) continue;
    const count = pick([0, 1, 3, 5, 8]);
    await addObligations(
      organizationId,
      id,
      Array.from({ length: count }, () => ({
        role: pick(["provider", "deployer", "importer"]),
        article: pick(ARTICLES),
        status: pick(STATUSES),
        appliesFrom: pick(DATES),
        dueDate: pick([undefined, null, "2027-01-31", "2027-06-30"]),
        ownerId: pick(owners),
        obsolete: pick([false, false, false, true]),
      })),
    );
  }
}

describe("dashboard figures", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  let ownerIds: string[];

  beforeAll(async () => {
    org = await createOrganization("Dash");
    const managers = await Promise.all([
      addMember(org.organizationId, "MANAGER"),
      addMember(org.organizationId, "LEGAL"),
    ]);
    ownerIds = managers.map((m) => m.userId);
    await seedPortfolio(org.organizationId, ownerIds, 7);
    const other = await createOrganization("Other");
    await seedPortfolio(other.organizationId, [other.admin.userId], 7);
  });

  const cases: [string, () => DashboardFilters][] = [
    ["no filter", () => ({})],
    ["business unit", () => ({ unit: "Insurance" })],
    ["owner", () => ({ owner: ownerIds[0] })],
    ["unassigned", () => ({ owner: "none" })],
    ["role", () => ({ role: "provider" })],
    ["unit and role", () => ({ unit: "Retail Banking", role: "deployer" })],
  ];

  it.each(cases)("equal independent counts (%s)", async (_name, filters) => {
    const f = filters();
    const d = await getDashboard(org.admin, f, { today: TODAY });
    const e = await expectedFigures(org.organizationId, f, TODAY);
    const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    expect(d.systems.total).toBe(e.total);
    expect(byKey(d.systems.byTier, (r) => r.tier ?? "")).toEqual(e.byTier);
    expect(byKey(d.systems.byUnit, (r) => r.unit)).toEqual(e.byUnit);
    expect(byKey(d.systems.byLifecycle, (r) => r.stage)).toEqual(e.byLifecycle);
    expect(byKey(d.systems.byRole, (r) => r.role)).toEqual(e.byRole);
    expect(d.readiness.overall).toEqual(e.overall);
    expect(byKey(d.readiness.byTier, (r) => r.tier ?? "")).toEqual(e.readinessByTier);
    expect(byKey(d.readiness.byUnit, (r) => r.unit)).toEqual(e.readinessByUnit);
    expect(d.timeline.map(({ dates: _dates, ...q }) => q)).toEqual(e.timeline);
    expect(d.byDay).toEqual(e.byDay);
    expect(d.attention.overdueObligations).toBe(e.overdue);
    expect(d.attention.prohibitedInUse.total).toBe(e.prohibitedInUse);
    expect(d.attention.awaitingReview.total).toBe(e.awaitingReview);
    expect(d.attention.friaMissing.total).toBe(e.fria.total);
    expect(d.attention.friaMissing.examples.map((s) => s.name)).toEqual(e.fria.names.slice(0, 5));
    expect(d.attention.registrationMissing.total).toBe(e.registration.total);
    expect(d.attention.registrationMissing.openDuties).toBe(e.registrationOpenDuties);
    expect(d.furthestBehind.map((s) => s.id)).toEqual(e.behindIds);
  });

  it("is not vacuous: the seeded portfolio exercises every panel", async () => {
    const d = await getDashboard(org.admin, {}, { today: TODAY });
    expect(d.systems.total).toBe(36);
    expect(d.systems.byTier.length).toBeGreaterThanOrEqual(6);
    expect(d.readiness.overall.applicable).toBeGreaterThan(20);
    expect(d.readiness.overall.done).toBeGreaterThan(0);
    expect(d.timeline.length).toBeGreaterThanOrEqual(4);
    expect(d.attention.overdueObligations).toBeGreaterThan(0);
    expect(d.attention.awaitingReview.total).toBeGreaterThan(0);
    expect(d.furthestBehind).toHaveLength(5);
    expect(d.attention.friaMissing.total).toBeGreaterThan(0);
    expect(d.attention.registrationMissing.total).toBeGreaterThan(0);
    expect(d.attention.prohibitedInUse.total).toBeGreaterThan(0);
  });
});
