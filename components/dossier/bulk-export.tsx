"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { BULK_SCOPE_LABELS, BULK_SCOPES, MAX_BULK_SYSTEMS, type BulkScope } from "@/lib/validations/dossier";
import { ZipEntryCounter } from "./zip-entry-counter";

type Progress = { done: number; total: number; bytes: number };
type Outcome = { tone: "success" | "error"; text: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

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

  const run = async () => {
    setOutcome(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const response = await fetch(`/reports/export-zip?scope=${scope}`, { signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(await response.text());
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
      setOutcome({
        tone: "success",
        text: `Done: ${counter.names.length} of ${total} dossiers sealed and downloaded (${megabytes(bytes)}). The ZIP's manifest.csv lists each file with its SHA-256.`,
      });
    } catch (error) {
      const cancelled = controller.signal.aborted;
      const message = error instanceof Error && error.message ? error.message : "The export stopped.";
      setOutcome({
        tone: "error",
        text: cancelled ? "Export cancelled. Dossiers already sealed stay listed on their systems." : message,
      });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <div className="space-y-4">
      <fieldset disabled={busy} className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Which systems?</legend>
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
            {BULK_SCOPE_LABELS[s]} <span className="text-slate-600">({counts[s].toLocaleString("en-GB")})</span>
          </label>
        ))}
      </fieldset>
      {counts[scope] > MAX_BULK_SYSTEMS && (
        <Alert tone="info">One ZIP holds at most {MAX_BULK_SYSTEMS} dossiers; choose a smaller group.</Alert>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={run} disabled={busy || counts[scope] === 0 || counts[scope] > MAX_BULK_SYSTEMS}>
          {busy ? "Exporting…" : `Export ${counts[scope].toLocaleString("en-GB")} dossiers as ZIP`}
        </Button>
        {busy && (
          <Button type="button" variant="secondary" onClick={() => abort.current?.abort()}>
            Cancel
          </Button>
        )}
      </div>
      <div aria-live="polite" className="space-y-2">
        {progress && (
          <div className="space-y-1">
            <label htmlFor="zip-progress" className="block text-sm text-slate-800">
              {progress.done} of {progress.total} dossiers sealed · {megabytes(progress.bytes)} received
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
