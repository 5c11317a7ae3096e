import Link from "next/link";
import type { IncidentDTO } from "@/lib/dal/incidents/incidents";
import { HARM_ARTICLES, HARM_LABELS, type IncidentHarmCode } from "@/lib/incidents/labels";
import { formatDateTime } from "@/lib/utils";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[13rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const orMissing = (text: string) => text || <span className="text-slate-600">Not recorded yet</span>;

export function IncidentDetails({ incident: i }: { incident: IncidentDTO }) {
  const harm = i.harm as IncidentHarmCode | null;
  return (
    <dl className="divide-y divide-slate-100 px-5">
      <Row label="AI system">
        <Link href={`/systems/${i.systemId}/monitoring`} className="font-medium text-indigo-800 underline">
          {i.systemName}
        </Link>
      </Row>
      <Row label="Harm category">
        {harm ? (
          <>
            {HARM_LABELS[harm]} <span className="text-slate-600">({HARM_ARTICLES[harm]})</span>
          </>
        ) : (
          orMissing("")
        )}
      </Row>
      <Row label="Occurred">{formatDateTime(i.occurredAt)}</Row>
      <Row label="Became aware">{formatDateTime(i.awareAt)}</Row>
      <Row label="What happened">{orMissing(i.description)}</Row>
      <Row label="Affected persons">{orMissing(i.affectedPersons)}</Row>
      <Row label="Investigation and corrective actions">{orMissing(i.correctiveActions)}</Row>
      <Row label="Member State and authority">
        {[i.memberState, i.authority].filter(Boolean).join(" · ") || orMissing("")}
      </Row>
      <Row label="Recorded">
        {formatDateTime(i.createdAt)}
        {i.createdByName ? ` by ${i.createdByName}` : ""}
        {i.sourceEventId ? " · opened from a monitoring breach" : ""}
      </Row>
    </dl>
  );
}
