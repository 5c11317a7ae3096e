"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { startDownload } from "@/components/ui/download";
import type { ActionResult } from "@/lib/action";

type Props = {
  action: (input: Record<string, never>) => Promise<ActionResult<{ id: string; version: number; asOf: string }>>;
};

// Rendering the whole portfolio takes a moment: the button says so, and the outcome is announced.
export function PortfolioExportButton({ action }: Props) {
  const t = useTranslations("PortfolioExport");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const onClick = () =>
    start(async () => {
      setMessage(null);
      const result = await action({}).catch(() => null);
      if (!result) return setMessage({ tone: "error", text: t("unreachable") });
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      // Whoever exports wants the file: it downloads at once, and the version stays in the list below for later.
      startDownload(`/reports/portfolio/${result.data.id}`);
      setMessage({ tone: "ok", text: t("exported", { version: result.data.version }) });
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center justify-end gap-3">
      <p
        id="portfolio-export-status"
        role="status"
        className={
          message?.tone === "error" ? "text-sm font-medium text-red-700" : "text-sm font-medium text-emerald-800"
        }
      >
        {message?.text ?? ""}
      </p>
      <Button type="button" onClick={onClick} disabled={pending} aria-describedby="portfolio-export-status">
        {pending ? t("exporting") : t("export")}
      </Button>
    </div>
  );
}
