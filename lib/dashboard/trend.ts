import { addDays } from "@/lib/dates";
import type { SnapshotFigures } from "./snapshot";

// The trend chart's ranges and points. Short ranges show every day; a year shows one point a week (the latest
// snapshot of each 7-day step, counted back from today) so 365 points do not crowd a phone-wide chart.
export const TREND_RANGES = { "4w": 28, "3m": 91, "12m": 365 } as const;
export type TrendRange = keyof typeof TREND_RANGES;
export const TREND_RANGE_LABELS: Record<TrendRange, string> = {
  "4w": "4 weeks",
  "3m": "3 months",
  "12m": "12 months",
};

export const parseTrendRange = (value: unknown): TrendRange =>
  typeof value === "string" && value in TREND_RANGES ? (value as TrendRange) : "3m";

export type TrendPoint = {
  day: string;
  dueNowPct: number | null;
  laterPct: number | null;
  dueNowOpen: number;
  laterOpen: number;
  overdue: number;
  highRisk: number;
  openIncidents: number;
};

const pct = (p: { done: number; open: number }) =>
  p.done + p.open ? Math.floor((p.done / (p.done + p.open)) * 100) : null;

export function trendStart(range: TrendRange, today: string): string {
  return addDays(today, -(TREND_RANGES[range] - 1));
}

export function trendPoints(
  snapshots: readonly { day: string; figures: SnapshotFigures }[],
  range: TrendRange,
  today: string,
): TrendPoint[] {
  const from = trendStart(range, today);
  const inRange = snapshots.filter((s) => s.day >= from && s.day <= today).sort((a, b) => a.day.localeCompare(b.day));
  const step = range === "12m" ? 7 : 1;
  const kept =
    step === 1
      ? inRange
      : inRange.filter((s, i) => {
          const next = inRange[i + 1];
          const bucket = (day: string) => Math.floor(daysBetween(day, today) / step);
          return !next || bucket(next.day) !== bucket(s.day);
        });
  return kept.map(({ day, figures: f }) => ({
    day,
    dueNowPct: pct(f.dueNow),
    laterPct: pct(f.startingLater),
    dueNowOpen: f.dueNow.open,
    laterOpen: f.startingLater.open,
    overdue: f.overdue,
    highRisk: f.highRisk,
    openIncidents: f.openIncidents,
  }));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
