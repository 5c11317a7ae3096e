"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { startDownload } from "@/components/ui/download";
import type { ActionResult } from "@/lib/action";
import type { DossierGap, DossierGapKind } from "@/lib/pdf/gaps";
import type { TExportDossier } from "@/lib/validations/dossier";

type Finality = TExportDossier["finality"];
type Props = {
  systemId: string;
  /** What the next version would show as missing, computed on the server (which checks again on export). */
  gaps: DossierGap[];
  action: (
    input: TExportDossier,
  ) => Promise<ActionResult<{ id: string; version: number; finality: Finality; pdfSha256: string }>>;
};

const FIX_IN: Record<DossierGapKind, { tab: string; label: string }> = {
  classification: { tab: "classify", label: "Classify" },
  review: { tab: "classification", label: "Classification" },
  "open-questions": { tab: "classify", label: "Questionnaire" },
  "annex-iv": { tab: "documentation", label: "Documentation" },
  derogation: { tab: "documentation", label: "Documentation" },
  fria: { tab: "documentation", label: "Documentation" },
  evidence: { tab: "obligations", label: "Obligations" },
  registration: { tab: "obligations", label: "Obligations" },
  "risk-register": { tab: "risks", label: "Risks" },
};

// Before anything is sealed the exporter sees what the dossier would list as missing, and chooses: a draft
// (watermarked, not attestable) at any time, a final version only when nothing blocks it.
export function ExportDossierButton({ systemId, gaps, action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const blocking = gaps.filter((g) => g.blocking);
  const other = gaps.filter((g) => !g.blocking);
  const onExport = (finality: Finality) => {
    setMessage(null);
    startTransition(async () => {
      let result: Awaited<ReturnType<Props["action"]>>;
      try {
        result = await action({ systemId, finality });
      } catch {
        setMessage({ tone: "error", text: "The server could not be reached. Check your connection and try again." });
        return;
      }
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error });
        return;
      }
      // Whoever exports wants the file: it downloads at once instead of waiting for a second click in the list.
      startDownload(`/systems/${systemId}/dossier/${result.data.id}`);
      const kind = result.data.finality === "DRAFT" ? "Draft" : "Final";
      setMessage({
        tone: "success",
        text: `${kind} version ${result.data.version} exported and sealed; the PDF is downloading.`,
      });
      router.refresh();
    });
  };
  return (
    <div className="space-y-4">
      {blocking.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <h3 className="font-semibold">
            {blocking.length === 1 ? "1 gap blocks" : `${blocking.length} gaps block`} a final dossier
          </h3>
          <GapList systemId={systemId} gaps={blocking} label="Gaps that block a final dossier" />
        </div>
      ) : (
        <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          Nothing the law requires is missing: this dossier can be exported as final.
        </p>
      )}
      {other.length > 0 && (
        <div className="text-sm text-slate-700">
          <h3 className="font-semibold text-slate-900">Also listed on page 1 (does not block)</h3>
          <GapList systemId={systemId} gaps={other} label="Gaps that do not block a final dossier" />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant={blocking.length ? "primary" : "secondary"}
          onClick={() => onExport("DRAFT")}
          disabled={pending}
          aria-describedby="export-dossier-status"
        >
          {pending ? "Exporting…" : "Export draft"}
        </Button>
        <Button
          type="button"
          variant={blocking.length ? "secondary" : "primary"}
          onClick={() => onExport("FINAL")}
          disabled={pending || blocking.length > 0}
          aria-describedby="export-final-reason export-dossier-status"
        >
          Export final
        </Button>
        <p id="export-final-reason" className="text-sm text-slate-600">
          {blocking.length > 0
            ? "Final is possible once the gaps above are closed. A draft is watermarked DRAFT and cannot be attested."
            : "A draft is watermarked DRAFT and cannot be attested."}
        </p>
      </div>
      <p
        id="export-dossier-status"
        role="status"
        className={
          message?.tone === "error" ? "text-sm font-medium text-red-700" : "text-sm font-medium text-emerald-800"
        }
      >
        {message?.text}
      </p>
    </div>
  );
}

function GapList({ systemId, gaps, label }: { systemId: string; gaps: DossierGap[]; label: string }) {
  return (
    <ul className="mt-2 space-y-1.5" aria-label={label}>
      {gaps.map((g) => {
        const fix = FIX_IN[g.kind];
        return (
          <li key={`${g.kind}-${g.title}`} className="flex flex-wrap items-baseline gap-x-2">
            <span>{g.title}</span>
            <Link
              href={`/systems/${systemId}/${fix.tab}`}
              aria-label={`${fix.label}: ${g.title}`}
              className="font-medium text-indigo-800 underline underline-offset-2"
            >
              {fix.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
