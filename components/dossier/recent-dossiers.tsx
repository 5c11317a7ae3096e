import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RecentDossierDTO } from "@/lib/dal/dossiers/verification";
import { formatDateTime } from "@/lib/utils";

// Cells sit flush left, like the rest of the Reports card.
const head = "px-0 py-2 pr-4 font-medium";

export function RecentDossiers({ dossiers }: { dossiers: RecentDossierDTO[] }) {
  if (dossiers.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No dossiers yet. Open an AI system and choose Dossier → Export draft or Export final, or export many at once
        above.
      </p>
    );
  }
  return (
    <Table caption="Most recent dossier exports">
      <TableHead className="bg-transparent font-normal">
        <Th className={head}>AI system</Th>
        <Th className={head}>Version</Th>
        <Th className={head}>Exported</Th>
        <Th className={head}>Attestation</Th>
        <Th className="px-0 py-2 font-medium">PDF SHA-256</Th>
      </TableHead>
      <TableBody>
        {dossiers.map((d) => (
          <tr key={d.id}>
            <td className="py-2 pr-4">
              <Link href={`/systems/${d.systemId}/dossier`} className="font-medium text-indigo-800 hover:underline">
                {d.systemName}
              </Link>
            </td>
            <td className="py-2 pr-4 whitespace-nowrap">
              <span className="tabular-nums">v{d.version}</span>{" "}
              {d.finality === "DRAFT" ? <Badge tone="amber">Draft</Badge> : <Badge tone="violet">Final</Badge>}
            </td>
            <td className="py-2 pr-4 text-slate-700">
              {formatDateTime(d.createdAt)}
              <span className="block text-xs text-slate-600">{d.createdByName ?? "a former member"}</span>
            </td>
            <td className="py-2 pr-4">
              {d.finality === "DRAFT" ? (
                <span className="text-sm text-slate-600">Not attestable</span>
              ) : d.attestations.length ? (
                <Badge tone="green">Attested</Badge>
              ) : (
                <Badge>Not attested</Badge>
              )}
            </td>
            <td className="py-2 font-mono text-xs text-slate-700" title={d.pdfSha256}>
              {d.pdfSha256.slice(0, 16)}…
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
