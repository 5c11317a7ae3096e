"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { startDownload } from "@/components/ui/download";
import type { ActionResult } from "@/lib/action";
import type { Locale } from "@/lib/i18n/locales";
import type { DossierGap, DossierGapKind } from "@/lib/pdf/gaps";
import type { TExportDossier } from "@/lib/validations/dossier";
import { PdfLanguageSelect } from "./pdf-language-select";

type Finality = TExportDossier["finality"];
type Props = {
  systemId: string;
  /** What the next version would show as missing, computed on the server (which checks again on export). */
  gaps: DossierGap[];
  /** The organisation's document language, preselected for the PDF. */
  documentLocale: Locale;
  action: (
    input: TExportDossier,
  ) => Promise<ActionResult<{ id: string; version: number; finality: Finality; pdfSha256: string }>>;
};

const FIX_IN: Record<
  DossierGapKind,
  { tab: string; label: "classify" | "classification" | "questionnaire" | "documentation" | "obligations" | "risks" }
> = {
  classification: { tab: "classify", label: "classify" },
  review: { tab: "classification", label: "classification" },
  "open-questions": { tab: "classify", label: "questionnaire" },
  "annex-iv": { tab: "documentation", label: "documentation" },
  derogation: { tab: "documentation", label: "documentation" },
  fria: { tab: "documentation", label: "documentation" },
  evidence: { tab: "obligations", label: "obligations" },
  registration: { tab: "obligations", label: "obligations" },
  "risk-register": { tab: "risks", label: "risks" },
};

// Before anything is sealed the exporter sees what the dossier would list as missing, and chooses: a draft
// (watermarked, not attestable) at any time, a final version only when nothing blocks it.
export function ExportDossierButton({ systemId, gaps, documentLocale, action }: Props) {
  const t = useTranslations("DossierExport");
  const router = useRouter();
  const [locale, setLocale] = useState<Locale>(documentLocale);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const blocking = gaps.filter((g) => g.blocking);
  const other = gaps.filter((g) => !g.blocking);
  const onExport = (finality: Finality) => {
    setMessage(null);
    startTransition(async () => {
      let result: Awaited<ReturnType<Props["action"]>>;
      try {
        result = await action({ systemId, finality, locale });
      } catch {
        setMessage({ tone: "error", text: t("unreachable") });
        return;
      }
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error });
        return;
      }
      // Whoever exports wants the file: it downloads at once instead of waiting for a second click in the list.
      startDownload(`/systems/${systemId}/dossier/${result.data.id}`);
      const version = String(result.data.version);
      setMessage({
        tone: "success",
        text: result.data.finality === "DRAFT" ? t("exportedDraft", { version }) : t("exportedFinal", { version }),
      });
      router.refresh();
    });
  };
  return (
    <div className="space-y-4">
      {blocking.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <h3 className="font-semibold">{t("blockingHeading", { count: blocking.length })}</h3>
          <GapList systemId={systemId} gaps={blocking} label={t("blockingLabel")} />
        </div>
      ) : (
        <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {t("nothingMissing")}
        </p>
      )}
      {other.length > 0 && (
        <div className="text-sm text-slate-700">
          <h3 className="font-semibold text-slate-900">{t("otherHeading")}</h3>
          <GapList systemId={systemId} gaps={other} label={t("otherLabel")} />
        </div>
      )}
      <PdfLanguageSelect value={locale} onChange={setLocale} disabled={pending} />
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant={blocking.length ? "primary" : "secondary"}
          onClick={() => onExport("DRAFT")}
          disabled={pending}
          aria-describedby="export-dossier-status"
        >
          {pending ? t("exporting") : t("exportDraft")}
        </Button>
        <Button
          type="button"
          variant={blocking.length ? "secondary" : "primary"}
          onClick={() => onExport("FINAL")}
          disabled={pending || blocking.length > 0}
          aria-describedby="export-final-reason export-dossier-status"
        >
          {t("exportFinal")}
        </Button>
        <p id="export-final-reason" className="text-sm text-slate-600">
          {blocking.length > 0 ? t("finalAfterGaps") : t("draftNote")}
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
  const t = useTranslations("DossierExport");
  return (
    <ul className="mt-2 space-y-1.5" aria-label={label}>
      {gaps.map((g) => {
        const fix = FIX_IN[g.kind];
        const name = t(fix.label);
        return (
          <li key={`${g.kind}-${g.title}`} className="flex flex-wrap items-baseline gap-x-2">
            <span>{g.title}</span>
            <Link
              href={`/systems/${systemId}/${fix.tab}`}
              aria-label={`${name}: ${g.title}`}
              className="font-medium text-indigo-800 underline underline-offset-2"
            >
              {name}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
