import { ROLE_LABELS } from "@/lib/rules";
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES, TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ALL_STATUSES, DONE_STATUSES, OPEN_STATUSES, obligationsHref, systemsHref, type TierParam } from "./links";
import { MILESTONES } from "./milestones";
import { TIER_COLORS } from "./palette";
import { quarterLabel, quartersBetween } from "./quarters";

// Turns the dashboard's figures into labelled rows, each number paired with the link that lists exactly the
// items it counts. Pure, so the links can be unit-tested without a browser.

export type CountRow = { key: string; label: string; value: number; href: string | null; color?: string };
export type RatioRow = {
  key: string;
  label: string;
  done: number;
  open: number;
  applicable: number;
  doneHref: string | null;
  openHref: string | null;
  allHref: string | null;
};
export type QuarterView = {
  quarter: string;
  label: string;
  done: number;
  open: number;
  systems: number;
  dates: string[];
  captions: string[];
  isCurrent: boolean;
  doneHref: string;
  openHref: string;
  allHref: string;
};

// Severity order, most severe first, everywhere a chart or table lists tiers or stages: systemic-risk GPAI before
// plain GPAI; lifecycle by exposure to the Act (in use first, retired last), not by the intake form's order.
export const TIER_ORDER: TierParam[] = [
  "PROHIBITED",
  "HIGH",
  "GPAI_SYSTEMIC",
  "GPAI",
  "LIMITED",
  "MINIMAL",
  "OUT_OF_SCOPE",
  "NONE",
] satisfies (TierCode | "NONE")[];
export const LIFECYCLE_ORDER: LifecycleStage[] = ["IN_PRODUCTION", "PILOT", "IN_DEVELOPMENT", "PLANNED", "RETIRED"];
export const tierLabel = (tier: TierParam) => (tier === "NONE" ? "Not classified" : TIER_DISPLAY[tier]);
const roleLabel = (role: string) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role;
const NO_UNIT = "No business unit";
type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export function tierRows(byTier: { tier: string | null; count: number }[], f: DashboardFilters): CountRow[] {
  const counts = new Map(byTier.map((r) => [r.tier ?? "NONE", r.count]));
  return TIER_ORDER.map((tier) => ({
    key: tier,
    label: tierLabel(tier),
    value: counts.get(tier) ?? 0,
    color: TIER_COLORS[tier],
    href: systemsHref(f, { tier: [tier] }),
  }));
}

export function roleRows(byRole: { role: string; count: number }[], f: DashboardFilters): CountRow[] {
  return byRole.map((r) => ({
    key: r.role,
    label: roleLabel(r.role),
    value: r.count,
    href: systemsHref(f, { role: r.role }),
  }));
}

export function lifecycleRows(byLifecycle: { stage: string; count: number }[], f: DashboardFilters): CountRow[] {
  const counts = new Map(byLifecycle.map((r) => [r.stage, r.count]));
  return LIFECYCLE_ORDER.map((stage) => ({
    key: stage,
    label: LIFECYCLE_LABELS[stage],
    value: counts.get(stage) ?? 0,
    href: systemsHref(f, { lifecycle: [stage] }),
  }));
}

// Systems without a business unit cannot be expressed in the inventory's `unit` parameter, so they get no link.
export function unitRows(byUnit: { unit: string; count: number }[], f: DashboardFilters): CountRow[] {
  return byUnit.map((r) => ({
    key: r.unit || "-",
    label: r.unit || NO_UNIT,
    value: r.count,
    href: r.unit ? systemsHref(f, { unit: r.unit }) : null,
  }));
}

function ratioRow(
  key: string,
  label: string,
  r: { applicable: number; done: number },
  link: ((status: typeof ALL_STATUSES) => string) | null,
): RatioRow {
  return {
    key,
    label,
    done: r.done,
    open: r.applicable - r.done,
    applicable: r.applicable,
    doneHref: link && link(DONE_STATUSES),
    openHref: link && link(OPEN_STATUSES),
    allHref: link && link(ALL_STATUSES),
  };
}

// Tiers with no obligations are left out: a bar of 0 of 0 says nothing.
export function readinessByTierRows(
  rows: { tier: string | null; applicable: number; done: number }[],
  f: DashboardFilters,
): RatioRow[] {
  const byTier = new Map(rows.map((r) => [r.tier ?? "NONE", r]));
  return TIER_ORDER.filter((t) => byTier.has(t)).map((tier) =>
    ratioRow(tier, tierLabel(tier), byTier.get(tier)!, (status) => obligationsHref(f, { status, tier: [tier] })),
  );
}

export function readinessByUnitRows(
  rows: { unit: string; applicable: number; done: number }[],
  f: DashboardFilters,
): RatioRow[] {
  return rows.map((r) =>
    ratioRow(
      r.unit || "-",
      r.unit || NO_UNIT,
      r,
      r.unit ? (status) => obligationsHref(f, { status, unit: r.unit }) : null,
    ),
  );
}

// The current quarter is always on the axis, even when nothing starts to apply in it, so "today" has a place.
export function timelineRows(
  timeline: { quarter: string; obligations: number; done: number; systems: number; dates: string[] }[],
  currentQuarter: string,
  f: DashboardFilters,
): QuarterView[] {
  const rows = timeline.some((q) => q.quarter === currentQuarter)
    ? timeline
    : [...timeline, { quarter: currentQuarter, obligations: 0, done: 0, systems: 0, dates: [] }].sort((a, b) =>
        a.quarter.localeCompare(b.quarter),
      );
  return rows.map((q) => ({
    quarter: q.quarter,
    label: quarterLabel(q.quarter),
    done: q.done,
    open: q.obligations - q.done,
    systems: q.systems,
    dates: q.dates,
    captions: q.dates.map((d) => MILESTONES[d]).filter((c): c is string => !!c),
    isCurrent: q.quarter === currentQuarter,
    doneHref: obligationsHref(f, { status: DONE_STATUSES, quarter: q.quarter }),
    openHref: obligationsHref(f, { status: OPEN_STATUSES, quarter: q.quarter }),
    allHref: obligationsHref(f, { status: ALL_STATUSES, quarter: q.quarter }),
  }));
}

// Rounded down, so "100 %" is only ever shown when every applicable obligation is done.
export const percent = (done: number, applicable: number) => (applicable ? Math.floor((done / applicable) * 100) : 0);

// The chart's axis: every quarter from the first to the last, empty ones included, so bars sit at their time.
export function timelineAxis(rows: QuarterView[], f: DashboardFilters): QuarterView[] {
  const [first] = rows;
  const last = rows.at(-1);
  if (!first || !last) return rows;
  const byQuarter = new Map(rows.map((r) => [r.quarter, r]));
  return quartersBetween(first.quarter, last.quarter).map(
    (quarter) =>
      byQuarter.get(quarter) ?? {
        quarter,
        label: quarterLabel(quarter),
        done: 0,
        open: 0,
        systems: 0,
        dates: [],
        captions: [],
        isCurrent: false,
        doneHref: obligationsHref(f, { status: DONE_STATUSES, quarter }),
        openHref: obligationsHref(f, { status: OPEN_STATUSES, quarter }),
        allHref: obligationsHref(f, { status: ALL_STATUSES, quarter }),
      },
  );
}
