import type { DayRow } from "@/lib/dashboard/day-rows";
import type { DossierPerson } from "../snapshot";

// The frozen input of one portfolio report: the dashboard's figures for one date, exactly as the dashboard DAL
// computed them (codes, not labels), stored as canonical JSON beside the PDF like a system dossier's snapshot.
// Version 2 adds `detail`: the lists behind every count and the figures per application date (charts, annex).
export const PORTFOLIO_SNAPSHOT_SCHEMA = "actlas.portfolio/2";

// Spelled out here, not taken from the dashboard's live DTO: sealed reports are stored and re-rendered for years, so
// a dashboard refactor must not change them silently. The DAL assigns its figures to this type, so a rename or a
// removed field there fails to compile instead (lib/dal/dashboard/portfolio-report.ts).
export type Ratio = { applicable: number; done: number };
type NamedSystems = { total: number; examples: { id: string; name: string }[] };

export type PortfolioFigures = {
  today: string;
  currentQuarter: string;
  systems: {
    total: number;
    byTier: { tier: string | null; count: number }[];
    byUnit: { unit: string; count: number }[];
    byLifecycle: { stage: string; count: number }[];
    byRole: { role: string; count: number }[];
  };
  readiness: { overall: Ratio; byTier: (Ratio & { tier: string | null })[]; byUnit: (Ratio & { unit: string })[] };
  furthestBehind: {
    id: string;
    name: string;
    tier: string | null;
    possibleTier: string | null;
    disposition: string | null;
    applicable: number;
    done: number;
  }[];
  timeline: { quarter: string; obligations: number; done: number; systems: number; dates: string[] }[];
  /** Obligations that apply, per application date (the law's date): next deadline and readiness split. */
  byDay: DayRow[];
  attention: {
    prohibitedInUse: NamedSystems;
    awaitingReview: NamedSystems;
    undetermined: NamedSystems;
    friaMissing: NamedSystems;
    registrationMissing: NamedSystems & { openDuties: number };
    overdueObligations: number;
  };
};

/** A count and what it counts. `items` is the whole list unless the list was capped (items.length < total). */
export type Listed<T> = { total: number; items: T[] };
export type SystemItem = { id: string; name: string };
export type DutyItem = { system: string; title: string; article: string; dueDate: string; owner: string | null };
export type IncidentItem = {
  reference: string;
  title: string;
  system: string;
  status: string;
  /** The Art 73 initial-report deadline while its clock runs (ISO instant), else null. */
  deadline: string | null;
  clock: string;
};

/** One day's headline figures from the daily dashboard snapshots; a share is null on a day with no such duties. */
export type TrendPoint = {
  day: string;
  dueNowPct: number | null;
  laterPct: number | null;
  overdue: number;
  highRisk: number;
};

export type PortfolioDetail = {
  overdue: Listed<DutyItem>;
  lists: {
    prohibitedInUse: Listed<SystemItem>;
    awaitingReview: Listed<SystemItem>;
    undetermined: Listed<SystemItem>;
    friaMissing: Listed<SystemItem>;
    registrationMissing: Listed<SystemItem>;
  };
  incidents: Listed<IncidentItem>;
  /** The last 12 months of daily snapshots (one point a week), oldest first; empty before any was kept. */
  trend: TrendPoint[];
};

export type PortfolioSnapshot = {
  schema: typeof PORTFOLIO_SNAPSHOT_SCHEMA;
  report: { version: number; generatedAt: string; exportedBy: DossierPerson };
  organization: { name: string };
  figures: PortfolioFigures;
  detail: PortfolioDetail;
};
