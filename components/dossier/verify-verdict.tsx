import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { AttestationDTO } from "@/lib/dal/dossiers/dossiers";
import type { VerifiedDossierDTO } from "@/lib/dal/dossiers/verification";
import { formatDateTime } from "@/lib/utils";
import { AttestationList } from "./attestation-list";
import { Sha256 } from "./sha256";

// Dates arrive as JSON strings from the verify endpoint.
type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends AttestationDTO[] ? Json<AttestationDTO>[] : T[K];
};
export type VerdictJson =
  | { genuine: true; sha256: string; fileName: string; dossier: Json<VerifiedDossierDTO> }
  | { genuine: false; sha256: string; fileName: string };

export function VerifyVerdict({ verdict }: { verdict: VerdictJson }) {
  if (!verdict.genuine) {
    return (
      <Alert tone="error" title={`Not genuine: “${verdict.fileName}” is not a sealed dossier of this organisation`}>
        <p>
          Its SHA-256 matches none of the dossiers exported here. Either the file was changed after export (even one
          byte changes the fingerprint), or it was not exported by this organisation. Ask the sender for the original
          file, or download the version again from the system&apos;s dossier page.
        </p>
        <dl className="mt-3">
          <Sha256 label="SHA-256 of the uploaded file" value={verdict.sha256} />
        </dl>
      </Alert>
    );
  }
  const d = verdict.dossier;
  const attestations = d.attestations.map((a) => ({ ...a, attestedAt: new Date(a.attestedAt) }));
  return (
    <div
      role="status"
      className="space-y-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
    >
      <p className="font-semibold">
        Genuine: “{verdict.fileName}” is an unaltered Actlas {d.systemId ? "dossier" : "portfolio report"} of this
        organisation.
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {d.systemId ? (
          <>
            <dt className="font-medium">AI system</dt>
            <dd>
              <Link href={`/systems/${d.systemId}/dossier`} className="font-medium text-indigo-800 underline">
                {d.systemName}
              </Link>
            </dd>
          </>
        ) : (
          <>
            <dt className="font-medium">Report</dt>
            <dd>
              <Link href="/reports#portfolio" className="font-medium text-indigo-800 underline">
                Portfolio report
              </Link>
            </dd>
          </>
        )}
        <dt className="font-medium">Version</dt>
        <dd>
          Version {d.version}
          {d.finality === "DRAFT" ? " (draft: not for submission, cannot be attested)" : ""}
        </dd>
        <dt className="font-medium">Exported</dt>
        <dd>
          {formatDateTime(d.createdAt)} by {d.createdByName ?? "a former member"}
        </dd>
        <dt className="font-medium">Rule set</dt>
        <dd>{d.ruleSetId}</dd>
      </dl>
      <dl className="grid gap-2">
        <Sha256 label="SHA-256 of the PDF (matches the sealed record)" value={d.pdfSha256} />
        <Sha256 label="SHA-256 of the snapshot (printed on the cover)" value={d.snapshotSha256} />
      </dl>
      <div className="space-y-2">
        <p className="font-medium">Attestations</p>
        <AttestationList attestations={attestations} />
      </div>
    </div>
  );
}
