import { formatDateTime } from "@/lib/utils";
import { formatDuration, type Clock } from "./clock";

export type ClockTone = "neutral" | "red" | "orange" | "amber" | "blue" | "green";

// One sentence for the clock, e.g. "Report due in 3 days (by 25 Nov 2026, 14:00 UTC)" or "Overdue by 2 days".
export function clockHeadline(clock: Clock): string {
  const by = clock.deadline ? formatDateTime(clock.deadline) : "";
  switch (clock.state) {
    case "not_started":
      return "No reporting clock yet: record when you became aware";
    case "running":
      return `Report due in ${formatDuration(clock.remainingMs ?? 0)} (by ${by})`;
    case "due_today":
      return `Report due today, in ${formatDuration(clock.remainingMs ?? 0)} (by ${by})`;
    case "overdue":
      return `Overdue by ${formatDuration(clock.remainingMs ?? 0)} (was due ${by})`;
    case "reported":
      return clock.reportedOnTime === false
        ? `Initial report filed late (was due ${by})`
        : "Initial report filed on time";
    case "closed":
      return "Closed";
  }
}

// A short label for lists and badges.
export function clockBadge(clock: Clock): { label: string; tone: ClockTone } {
  switch (clock.state) {
    case "not_started":
      return { label: "No clock", tone: "neutral" };
    case "running":
      return {
        label: `Due in ${formatDuration(clock.remainingMs ?? 0)}`,
        tone: (clock.remainingMs ?? 0) < 3 * 86_400_000 ? "amber" : "blue",
      };
    case "due_today":
      return { label: "Due today", tone: "orange" };
    case "overdue":
      return { label: `Overdue by ${formatDuration(clock.remainingMs ?? 0)}`, tone: "red" };
    case "reported":
      return clock.reportedOnTime === false
        ? { label: "Reported late", tone: "amber" }
        : { label: "Reported", tone: "green" };
    case "closed":
      return { label: "Closed", tone: "neutral" };
  }
}

export function deadlineRule(clock: Clock): string {
  if (!clock.days) return "The Art 73 clock starts when you record the date you became aware of the incident.";
  const rule = `${clock.days} days after becoming aware (Art 73)`;
  return clock.harmAssumed ? `${rule}, assumed until a harm category is chosen` : rule;
}
