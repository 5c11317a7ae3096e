import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { RecentDossierDTO } from "@/lib/dal/dossiers";
import { formatDateTime } from "@/lib/utils";

export function RecentDossiers({ dossiers }: { dossiers: RecentDossierDTO[] }) {
  if (dossiers.length === 0) {
    return <p className="text-sm text-slate-600">No dossiers yet. Open an AI system and choose Dossier → Export new version, or export many at once above.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Most recent dossier exports</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">AI system</th>
            <th scope="col" className="py-2 pr-4 font-medium">Version</th>
            <th scope="col" className="py-2 pr-4 font-medium">Exported</th>
            <th scope="col" className="py-2 pr-4 font-medium">Attestation</th>
            <th scope="col" className="py-2 font-medium">PDF SHA-256</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {dossiers.map((d) => (
            <tr key={d.id}>
              <td className="py-2 pr-4">
                <Link href={`/systems/${d.systemId}/dossier`} className="font-medium text-indigo-800 hover:underline">{d.systemName}</Link>
              </td>
              <td className="py-2 pr-4 tabular-nums">v{d.version}</td>
              <td className="py-2 pr-4 text-slate-700">{formatDateTime(d.createdAt)}<span className="block text-xs text-slate-600">{d.createdByName ?? "a former member"}</span></td>
              <td className="py-2 pr-4">{d.attestations.length ? <Badge tone="green">Attested</Badge> : <Badge>Not attested</Badge>}</td>
              <td className="py-2 font-mono text-xs text-slate-700" title={d.pdfSha256}>{d.pdfSha256.slice(0, 16)}…</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
