"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { startDownload } from "@/components/ui/download";
import type { ActionResult } from "@/lib/action";
import type { TExportDossier } from "@/lib/validations/dossier";

type Props = {
  systemId: string;
  action: (input: TExportDossier) => Promise<ActionResult<{ id: string; version: number; pdfSha256: string }>>;
};

// Rendering takes a moment for large systems, so the button says what is happening and the outcome is announced.
export function ExportDossierButton({ systemId, action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const onClick = () => {
    setMessage(null);
    startTransition(async () => {
      let result: Awaited<ReturnType<Props["action"]>>;
      try {
        result = await action({ systemId });
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
      setMessage({
        tone: "success",
        text: `Version ${result.data.version} exported and sealed; the PDF is downloading.`,
      });
      router.refresh();
    });
  };
  return (
    <div className="flex flex-wrap items-center justify-end gap-3">
      <p
        id="export-dossier-status"
        role="status"
        className={
          message?.tone === "error" ? "text-sm font-medium text-red-700" : "text-sm font-medium text-emerald-800"
        }
      >
        {message?.text}
      </p>
      <Button type="button" onClick={onClick} disabled={pending} aria-describedby="export-dossier-status">
        {pending ? "Exporting…" : "Export new version"}
      </Button>
    </div>
  );
}
