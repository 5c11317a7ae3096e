"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatNumberIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { BULK_SCOPES, MAX_BULK_SYSTEMS, type BulkScope } from "@/lib/validations/dossier";
import { ZipEntryCounter } from "./zip-entry-counter";

type Progress = { done: number; total: number; bytes: number };
type Outcome = { tone: "success" | "error"; text: string };

const SCOPE_KEY = {
  "high-risk": "scopeHighRisk",
  classified: "scopeClassified",
  all: "scopeAll",
} as const satisfies Record<BulkScope, string>;

// Megabytes to one decimal in the reader's way of writing numbers ("1.5", "1,5"); the unit is in the message.
const megabytes = (locale: Locale, bytes: number) => formatNumberIn(locale, Math.round(bytes / 104_857.6) / 10);

// The server's refusal (already in the reader's language), as opposed to a network failure, which says nothing useful.
class Refusal extends Error {}

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The ZIP is fetched as a stream: every dossier in it is sealed on the server as it is rendered, and the page counts
// the files as they arrive ("4 of 12 dossiers"), then hands the finished ZIP to the browser as a download.
export function BulkExport({ counts }: { counts: Record<BulkScope, number> }) {
  const [scope, setScope] = useState<BulkScope>(counts["high-risk"] > 0 ? "high-risk" : "all");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const abort = useRef<AbortController | null>(null);
  const router = useRouter();
  const t = useTranslations("DossierBulkExport");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const number = (n: number) => formatNumberIn(locale, n);
  const sealed = (p: Progress) => ({
    done: number(p.done),
    total: number(p.total),
    count: p.total,
    size: megabytes(locale, p.bytes),
  });

  const run = async () => {
    setOutcome(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const response = await fetch(`/reports/export-zip?scope=${scope}`, { signal: controller.signal });
      if (!response.ok || !response.body) throw new Refusal(await response.text());
      const total = Number(response.headers.get("X-Dossier-Count") ?? 0);
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "dossiers.zip";
      const counter = new ZipEntryCounter("dossiers/");
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      setProgress({ done: 0, total, bytes });
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        counter.push(value);
        bytes += value.byteLength;
        setProgress({ done: counter.names.length, total, bytes });
      }
      saveBlob(new Blob(chunks, { type: "application/zip" }), name);
      router.refresh();
      setOutcome({ tone: "success", text: t("done", sealed({ done: counter.names.length, total, bytes })) });
    } catch (error) {
      const cancelled = controller.signal.aborted;
      const message = error instanceof Refusal && error.message ? error.message : t("stopped");
      setOutcome({ tone: "error", text: cancelled ? t("cancelled") : message });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <div className="space-y-4">
      <fieldset disabled={busy} className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
        {BULK_SCOPES.map((s) => (
          <label key={s} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="bulk-scope"
              value={s}
              checked={scope === s}
              onChange={() => setScope(s)}
              disabled={counts[s] === 0}
              className="size-4 accent-indigo-700"
            />
            {t(SCOPE_KEY[s])} <span className="text-slate-600">({number(counts[s])})</span>
          </label>
        ))}
      </fieldset>
      {counts[scope] > MAX_BULK_SYSTEMS && <Alert tone="info">{t("tooMany", { max: number(MAX_BULK_SYSTEMS) })}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={run} disabled={busy || counts[scope] === 0 || counts[scope] > MAX_BULK_SYSTEMS}>
          {busy ? t("exporting") : t("export", { count: counts[scope], number: number(counts[scope]) })}
        </Button>
        {busy && (
          <Button type="button" variant="secondary" onClick={() => abort.current?.abort()}>
            {t("cancel")}
          </Button>
        )}
      </div>
      <div aria-live="polite" className="space-y-2">
        {progress && (
          <div className="space-y-1">
            <label htmlFor="zip-progress" className="block text-sm text-slate-800">
              {t("progress", sealed(progress))}
            </label>
            <progress
              id="zip-progress"
              max={progress.total || 1}
              value={progress.done}
              className="h-2 w-full max-w-md accent-indigo-700"
            />
          </div>
        )}
        {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      </div>
    </div>
  );
}
