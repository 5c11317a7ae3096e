import type { IncidentHarmCode, IncidentStatusCode } from "./labels";
import { isoDay } from "@/lib/dates";
import { countPhrase } from "@/lib/plural";

// Art 73 AI Act reporting deadlines, in days after the provider becomes aware of the serious incident:
// Art 73(2) general rule 15 days; Art 73(4) death of a person 10 days; Art 73(3) widespread infringement (Art 3(61))
// or serious and irreversible disruption of critical infrastructure (Art 3(49)(b)) 2 days.
export const REPORTING_DAYS: Record<IncidentHarmCode, number> = {
  DEATH: 10,
  CRITICAL_INFRASTRUCTURE: 2,
  WIDESPREAD_INFRINGEMENT: 2,
  HEALTH: 15,
  FUNDAMENTAL_RIGHTS: 15,
  PROPERTY_ENVIRONMENT: 15,
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// How days are counted: deadline = awareAt + N × 24 hours, to the minute, in UTC.
// Art 73 says "not later than N days after ... becomes aware". Read under Reg (EEC, Euratom) No 1182/71 (periods
// in days end at the end of the last day), the limit would be the end of calendar day N in the authority's time
// zone. Our instant is never later than that in any EU time zone, so a report filed by the deadline shown is on
// time under either reading; we do not add the Saturday/Sunday/holiday extension of Reg 1182/71 Art 3(4) because
// Art 73 also says "immediately", and reporting early is always lawful. UTC arithmetic makes DST irrelevant.
export function reportingDeadline(awareAt: Date, harm: IncidentHarmCode | null): Date {
  return new Date(awareAt.getTime() + REPORTING_DAYS[harm ?? "HEALTH"] * DAY);
}

export type ClockState = "not_started" | "running" | "due_today" | "overdue" | "reported" | "closed";

export type ClockInput = {
  status: IncidentStatusCode;
  harm: IncidentHarmCode | null;
  awareAt: Date | null;
  initialReportAt: Date | null;
  completeReportAt: Date | null;
};

export type Clock = {
  state: ClockState;
  deadline: Date | null;
  days: number | null;
  // Positive while time is left, negative once overdue; null when no clock runs.
  remainingMs: number | null;
  // For a filed initial report: was it filed by the deadline?
  reportedOnTime: boolean | null;
  // No harm category yet: the general 15-day rule is assumed until one is chosen.
  harmAssumed: boolean;
};

const sameUtcDay = (a: Date, b: Date) => isoDay(a) === isoDay(b);

// The initial report (Art 73(5) allows it to be incomplete) stops the legal clock; the complete report follows.
// Exactly at the deadline is still on time ("not later than"); one minute after is overdue.
export function incidentClock(incident: ClockInput, now: Date): Clock {
  const deadline = incident.awareAt ? reportingDeadline(incident.awareAt, incident.harm) : null;
  const days = incident.awareAt ? REPORTING_DAYS[incident.harm ?? "HEALTH"] : null;
  const base = {
    deadline,
    days,
    harmAssumed: !!incident.awareAt && incident.harm === null,
    reportedOnTime: null,
    remainingMs: null,
  };
  const reportedOnTime =
    deadline && incident.initialReportAt ? incident.initialReportAt.getTime() <= deadline.getTime() : null;
  if (incident.status === "CLOSED") return { ...base, state: "closed", reportedOnTime };
  if (incident.initialReportAt) return { ...base, state: "reported", reportedOnTime };
  if (!deadline) return { ...base, state: "not_started" };
  const remainingMs = deadline.getTime() - now.getTime();
  const state: ClockState = remainingMs < 0 ? "overdue" : sameUtcDay(deadline, now) ? "due_today" : "running";
  return { ...base, state, remainingMs };
}

// "3 days", "1 day, 5 hours", "7 hours", "12 minutes": coarse enough to read at a glance, exact near the end.
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 3 * DAY) return countPhrase(Math.floor(abs / DAY), "day");
  if (abs >= DAY) {
    const hours = Math.floor((abs % DAY) / HOUR);
    return hours
      ? `${countPhrase(Math.floor(abs / DAY), "day")}, ${countPhrase(hours, "hour")}`
      : countPhrase(Math.floor(abs / DAY), "day");
  }
  if (abs >= HOUR) return countPhrase(Math.floor(abs / HOUR), "hour");
  if (abs < 60_000) return "less than a minute";
  return countPhrase(Math.floor(abs / 60_000), "minute");
}
