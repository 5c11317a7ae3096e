import { describe, expect, it } from "vitest";
import { formatDuration, incidentClock, reportingDeadline, type ClockInput } from "@/lib/incidents/clock";
import { clockWordsIn } from "@/lib/incidents/clock-words";

const { badge: clockBadge, headline: clockHeadline } = clockWordsIn("en");

const MINUTE = 60_000;
const aware = new Date("2026-11-22T14:00:00Z");
const open = (fields: Partial<ClockInput> = {}): ClockInput => ({
  status: "OPEN",
  harm: "HEALTH",
  awareAt: aware,
  initialReportAt: null,
  completeReportAt: null,
  ...fields,
});
const at = (iso: string) => new Date(iso);

describe("reportingDeadline (Art 73)", () => {
  it("gives 10 days after a death, 2 for critical infrastructure and widespread infringement, 15 otherwise", () => {
    expect(reportingDeadline(aware, "DEATH").toISOString()).toBe("2026-12-02T14:00:00.000Z");
    expect(reportingDeadline(aware, "CRITICAL_INFRASTRUCTURE").toISOString()).toBe("2026-11-24T14:00:00.000Z");
    expect(reportingDeadline(aware, "WIDESPREAD_INFRINGEMENT").toISOString()).toBe("2026-11-24T14:00:00.000Z");
    for (const harm of ["HEALTH", "FUNDAMENTAL_RIGHTS", "PROPERTY_ENVIRONMENT"] as const) {
      expect(reportingDeadline(aware, harm).toISOString()).toBe("2026-12-07T14:00:00.000Z");
    }
  });

  it("counts exact 24-hour days in UTC, so a daylight-saving change in between moves nothing", () => {
    // Europe switches to winter time on 25 Oct 2026; the deadline keeps the UTC time of awareness.
    expect(reportingDeadline(at("2026-10-20T09:30:00Z"), "DEATH").toISOString()).toBe("2026-10-30T09:30:00.000Z");
    // Across a month and a year end.
    expect(reportingDeadline(at("2026-12-30T23:59:00Z"), "CRITICAL_INFRASTRUCTURE").toISOString()).toBe(
      "2027-01-01T23:59:00.000Z",
    );
  });

  it("assumes the general 15-day rule while no harm category is chosen, and says so", () => {
    const clock = incidentClock(open({ harm: null }), aware);
    expect(clock.deadline?.toISOString()).toBe("2026-12-07T14:00:00.000Z");
    expect(clock.harmAssumed).toBe(true);
  });
});

describe("incidentClock", () => {
  const deathDeadline = at("2026-12-02T14:00:00Z");

  it("runs with the time left before the deadline day", () => {
    const clock = incidentClock(open({ harm: "DEATH" }), at("2026-11-29T14:00:00Z"));
    expect(clock).toMatchObject({ state: "running", days: 10, remainingMs: 3 * 24 * 60 * MINUTE });
    expect(clockHeadline(clock)).toBe("Report due in 3 days (by 2 Dec 2026, 14:00 UTC)");
  });

  it("is due today from midnight UTC of the deadline day, and still on time exactly at the deadline", () => {
    expect(incidentClock(open({ harm: "DEATH" }), at("2026-12-01T23:59:00Z")).state).toBe("running");
    expect(incidentClock(open({ harm: "DEATH" }), at("2026-12-02T00:00:00Z")).state).toBe("due_today");
    const exactly = incidentClock(open({ harm: "DEATH" }), deathDeadline);
    expect(exactly).toMatchObject({ state: "due_today", remainingMs: 0 });
  });

  it("is overdue one minute after the deadline, and counts the overrun", () => {
    const late = incidentClock(open({ harm: "DEATH" }), new Date(deathDeadline.getTime() + MINUTE));
    expect(late).toMatchObject({ state: "overdue", remainingMs: -MINUTE });
    expect(clockBadge(late)).toEqual({ label: "Overdue by 1 minute", tone: "red" });
    const twoDays = incidentClock(open({ harm: "DEATH" }), at("2026-12-04T15:00:00Z"));
    expect(clockHeadline(twoDays)).toBe("Overdue by 2 days, 1 hour (was due 2 Dec 2026, 14:00 UTC)");
  });

  it("is stopped by the initial report: on time at the deadline instant, late a minute after", () => {
    const onTime = incidentClock(
      open({ harm: "DEATH", status: "INITIAL_REPORTED", initialReportAt: deathDeadline }),
      at("2027-01-10T00:00:00Z"),
    );
    expect(onTime).toMatchObject({ state: "reported", reportedOnTime: true, remainingMs: null });
    const late = incidentClock(
      open({ harm: "DEATH", status: "INITIAL_REPORTED", initialReportAt: new Date(deathDeadline.getTime() + MINUTE) }),
      deathDeadline,
    );
    expect(late).toMatchObject({ state: "reported", reportedOnTime: false });
    expect(clockHeadline(late)).toMatch(/^Initial report filed late/);
  });

  it("does not start without an awareness date, and stops when closed", () => {
    expect(incidentClock(open({ awareAt: null, status: "DRAFT" }), aware)).toMatchObject({
      state: "not_started",
      deadline: null,
      remainingMs: null,
    });
    expect(incidentClock(open({ status: "CLOSED" }), at("2027-06-01T00:00:00Z")).state).toBe("closed");
  });
});

describe("formatDuration", () => {
  it("reads coarse far away and exact near the end", () => {
    expect(formatDuration(15 * 86_400_000)).toBe("15 days");
    expect(formatDuration(86_400_000 + 5 * 3_600_000)).toBe("1 day, 5 hours");
    expect(formatDuration(2 * 86_400_000)).toBe("2 days");
    expect(formatDuration(7 * 3_600_000 + 59 * MINUTE)).toBe("7 hours");
    expect(formatDuration(12 * MINUTE + 30_000)).toBe("12 minutes");
    expect(formatDuration(0)).toBe("less than a minute");
  });
});
