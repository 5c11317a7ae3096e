"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
      setMessage({ tone: "success", text: `Version ${result.data.version} exported and sealed.` });
      router.refresh();
    });
  };
  return (
    <div className="flex flex-col items-end gap-2">
      <Button type="button" onClick={onClick} disabled={pending} aria-describedby="export-dossier-status">
        {pending ? "Exporting…" : "Export new version"}
      </Button>
      <div id="export-dossier-status" aria-live="polite" className="max-w-sm text-right">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
      </div>
    </div>
  );
}
