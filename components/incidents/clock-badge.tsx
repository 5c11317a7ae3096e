import { Badge } from "@/components/ui/badge";
import { incidentClock, type ClockInput } from "@/lib/incidents/clock";
import type { IncidentHarmCode, IncidentStatusCode } from "@/lib/incidents/labels";
import { useClockWords } from "./clock-words";

export type ClockFields = {
  status: string;
  harm: string | null;
  awareAt: Date | null;
  initialReportAt: Date | null;
  completeReportAt: Date | null;
};

export function clockOf(incident: ClockFields, now: Date) {
  const input: ClockInput = {
    ...incident,
    status: incident.status as IncidentStatusCode,
    harm: incident.harm as IncidentHarmCode | null,
  };
  return incidentClock(input, now);
}

// Screen readers get the full sentence, so a list read aloud says more than "Due in 3 days".
export function ClockBadge({ incident, now }: { incident: ClockFields; now: Date }) {
  const words = useClockWords();
  const clock = clockOf(incident, now);
  const { label, tone } = words.badge(clock);
  const headline = words.headline(clock);
  return (
    <Badge tone={tone} title={headline}>
      <span aria-hidden>{label}</span>
      <span className="sr-only">{headline}</span>
    </Badge>
  );
}
