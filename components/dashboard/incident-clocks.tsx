import Link from "next/link";
import { ClockBadge, clockOf } from "@/components/incidents/clock-badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { IncidentDTO } from "@/lib/dal/incidents/incidents";
import { clockHeadline } from "@/lib/incidents/clock-text";

// Serious incidents whose Art 73 clock is still running, soonest deadline first.
export function IncidentClocksCard({ incidents, now }: { incidents: IncidentDTO[]; now: Date }) {
  return (
    <Card data-card="incident-clocks">
      <CardHeader
        title="Incidents with a running reporting clock"
        description="Art 73: report within 15 days of becoming aware; 10 after a death; 2 for widespread infringement or critical-infrastructure disruption. Across all systems."
        actions={
          <Link href="/incidents?clock=running" className="text-sm font-medium text-indigo-800 underline">
            All running clocks
          </Link>
        }
      />
      {incidents.length === 0 ? (
        <p className="px-5 py-5 text-sm text-slate-600">
          No incident is waiting for its report.{" "}
          <Link href="/incidents" className="text-indigo-800 underline">
            See all incidents
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {incidents.slice(0, 8).map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
              <span className="min-w-0">
                <Link
                  href={`/incidents/${i.id}`}
                  className="font-medium text-indigo-800 underline-offset-2 hover:underline"
                >
                  {i.reference}: {i.title}
                </Link>
                <span className="block text-slate-600">
                  {i.systemName} · {clockHeadline(clockOf(i, now))}
                </span>
              </span>
              <ClockBadge incident={i} now={now} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
