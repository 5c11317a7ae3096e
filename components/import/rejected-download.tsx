"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { CheckedCsv } from "@/lib/import/csv";
import { rejectedRowsCsv } from "@/lib/import/rejected";
import type { RowError } from "@/lib/import/row-to-intake";

// Builds the rows with problems, with a reason column, from the file the person chose (it never left their machine
// again) and the check's report, and saves it as a CSV to fix and upload again.
export function RejectedDownload({ file, name, errors }: { file: CheckedCsv; name: string; errors: RowError[] }) {
  const t = useTranslations("ImportReport");
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const blob = new Blob([await rejectedRowsCsv(file, errors)], { type: "text/csv;charset=utf-8" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `${name.replace(/\.csv$/i, "")}-rows-to-fix.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  }
  const rows = new Set(errors.map((e) => e.row)).size;
  return (
    <Button type="button" variant="secondary" onClick={() => void download()} disabled={busy}>
      {t("downloadRejected", { count: rows })}
    </Button>
  );
}
