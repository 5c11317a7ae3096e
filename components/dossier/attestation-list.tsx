import type { AttestationDTO } from "@/lib/dal/dossiers/dossiers";
import { formatDateTime } from "@/lib/utils";

export function AttestationList({ attestations }: { attestations: AttestationDTO[] }) {
  if (attestations.length === 0) return <p className="text-sm text-slate-600">Not attested yet.</p>;
  return (
    <ul className="space-y-2">
      {attestations.map((a) => (
        <li key={a.id} className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-slate-900">
          <p>
            <span className="font-semibold">{a.name}</span> <span className="text-slate-700">({a.role})</span>
            <span className="text-slate-700"> attested on {formatDateTime(a.attestedAt)}:</span>
          </p>
          <blockquote className="mt-1 whitespace-pre-line border-l-2 border-emerald-400 pl-3 text-slate-800">
            {a.statement}
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
