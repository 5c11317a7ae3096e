import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { onReplica } from "@/lib/db/replicas";
import type { DayRow } from "@/lib/dashboard/day-rows";
import { quarterOf } from "@/lib/dashboard/quarters";
import { todayIso } from "@/lib/dates";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { distinctBusinessUnits } from "@/lib/dal/systems/system-list";
import { obligationFigures, type ObligationFigures, type QuarterRow } from "@/lib/dal/dashboard/internal/obligations";
import {
  systemAttention,
  systemBreakdowns,
  systemsByRole,
  systemsFurthestBehind,
  type BehindSystem,
  type NamedSystems,
  type SystemBreakdowns,
} from "@/lib/dal/dashboard/internal/systems";

export type { BehindSystem, NamedSystems, QuarterRow };

export type DashboardDTO = {
  today: string;
  currentQuarter: string;
  systems: SystemBreakdowns & { byRole: { role: string; count: number }[] };
  readiness: Omit<ObligationFigures, "overdue" | "registrationOpen" | "byQuarter" | "byDay" | "fria" | "registration">;
  /** Obligations per application date: feeds nextDeadline() and readinessSplit() in lib/dashboard. */
  byDay: DayRow[];
  furthestBehind: BehindSystem[];
  timeline: QuarterRow[];
  attention: {
    prohibitedInUse: NamedSystems;
    awaitingReview: NamedSystems;
    /** Classifications "not determined yet": a deciding question is open or answered "not sure". */
    undetermined: NamedSystems;
    friaMissing: NamedSystems;
    registrationMissing: NamedSystems & { openDuties: number };
    overdueObligations: number;
  };
};

// The whole portfolio in five grouped queries (one pass over the obligations), run side by side; each is scoped to the
// actor's organisation. Computed once per change of the organisation's data (lib/dal/dashboard/internal/cache.ts).
export async function getDashboard(
  actor: Actor,
  filters: DashboardFilters,
  options: { today?: string } = {},
): Promise<DashboardDTO> {
  const { organizationId } = await authorize(actor, "dashboard.read");
  const today = options.today ?? todayIso();
  const key = JSON.stringify([today, filters.unit ?? null, filters.owner ?? null, filters.role ?? null]);
  // A copy, so that no caller can change the figures other views are served. The figures may come from a read
  // replica: one that has caught up with the primary after the data stamp was read, so never older than the stamp.
  return structuredClone(
    await withDataStamp(organizationId, key, () => onReplica(() => computeDashboard(organizationId, filters, today))),
  );
}

async function computeDashboard(
  organizationId: string,
  filters: DashboardFilters,
  today: string,
): Promise<DashboardDTO> {
  const [breakdowns, byRole, figures, behind, systemLists] = await Promise.all([
    systemBreakdowns(organizationId, filters),
    systemsByRole(organizationId, filters),
    obligationFigures(organizationId, filters, today),
    systemsFurthestBehind(organizationId, filters),
    systemAttention(organizationId, filters),
  ]);
  const { overdue, registrationOpen, byQuarter: timeline, byDay, fria, registration, ...readiness } = figures;
  return {
    today,
    currentQuarter: quarterOf(today),
    systems: { ...breakdowns, byRole },
    readiness,
    byDay,
    furthestBehind: behind,
    timeline,
    attention: {
      ...systemLists,
      friaMissing: fria,
      registrationMissing: { ...registration, openDuties: registrationOpen },
      overdueObligations: overdue,
    },
  };
}

export type DashboardFilterOptions = { units: string[]; owners: { id: string; name: string }[] };

// Choices for the filter bar: the organisation's business units and its members (as owners).
export async function getDashboardFilterOptions(actor: Actor): Promise<DashboardFilterOptions> {
  const { organizationId } = await authorize(actor, "dashboard.read");
  const [units, members] = await Promise.all([
    distinctBusinessUnits(organizationId, 10_000),
    db().membership.findMany({
      where: { organizationId },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  return { units, owners: members.map((m) => m.user) };
}
