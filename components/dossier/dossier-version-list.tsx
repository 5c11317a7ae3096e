import { Download } from "lucide-react";
import type { ComponentProps } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { DossierVersionDTO } from "@/lib/dal/dossiers/dossiers";
import { formatDateTime } from "@/lib/utils";
import { AttestationList } from "./attestation-list";
import { AttestForm } from "./attest-form";
import { Sha256 } from "./sha256";

type Props = {
  systemId: string;
  versions: DossierVersionDTO[];
  viewer: { userId: string; name: string; canAttest: boolean };
  attestAction: ComponentProps<typeof AttestForm>["action"];
};

export function DossierVersionList({ systemId, versions, viewer, attestAction }: Props) {
  if (versions.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No dossier has been exported for this system yet. Export one to freeze what Actlas knows about it today.
      </p>
    );
  }
  return (
    <ol className="divide-y divide-slate-200" aria-label="Dossier versions, newest first">
      {versions.map((d, index) => {
        const attestedByViewer = d.attestations.some((a) => a.attestedById === viewer.userId);
        return (
          <li key={d.id} className="space-y-4 py-5 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                  Version {d.version}
                  {index === 0 && <Badge tone="blue">Latest</Badge>}
                  {d.finality === "DRAFT" ? <Badge tone="amber">Draft</Badge> : <Badge tone="violet">Final</Badge>}
                  {d.finality === "DRAFT" ? null : d.attestations.length > 0 ? (
                    <Badge tone="green">Attested</Badge>
                  ) : (
                    <Badge>Not attested</Badge>
                  )}
                </h3>
                <p className="mt-1 text-sm text-slate-600">
                  Exported {formatDateTime(d.createdAt)} by {d.createdByName ?? "a former member"} · rule set{" "}
                  {d.ruleSetId === "none" ? "none (not classified)" : d.ruleSetId}
                </p>
              </div>
              <ButtonLink
                href={`/systems/${systemId}/dossier/${d.id}`}
                variant="secondary"
                prefetch={false}
                aria-label={`Download version ${d.version} (PDF)`}
              >
                <Download aria-hidden className="size-4" /> Download PDF
              </ButtonLink>
            </div>
            <dl className="grid gap-2 rounded-md bg-slate-50 p-3">
              <Sha256 label="SHA-256 of the PDF" value={d.pdfSha256} />
              <Sha256 label="SHA-256 of the snapshot" value={d.snapshotSha256} />
            </dl>
            <section aria-label={`Attestations of version ${d.version}`} className="space-y-3">
              <h4 className="text-sm font-semibold text-slate-900">Attestations</h4>
              {d.finality === "DRAFT" ? (
                <p className="text-sm text-slate-600">
                  A draft is watermarked DRAFT and cannot be attested: export a final version to attest it.
                </p>
              ) : (
                <AttestationList attestations={d.attestations} />
              )}
              {viewer.canAttest && !attestedByViewer && d.finality !== "DRAFT" && (
                <details className="group rounded-md border border-slate-200 p-3 open:bg-white">
                  <summary className="cursor-pointer text-sm font-medium text-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
                    Attest version {d.version}
                  </summary>
                  <div className="mt-3">
                    <AttestForm dossierId={d.id} version={d.version} signerName={viewer.name} action={attestAction} />
                  </div>
                </details>
              )}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
