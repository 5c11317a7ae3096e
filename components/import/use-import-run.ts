"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ColumnMapping } from "@/lib/import/columns";
import { readImportStream, type ImportReportDTO } from "@/lib/import/stream";
import { importRunUrl, type ImportRunOptions } from "@/lib/validations/import";

export type RunState =
  | { status: "idle" }
  | { status: "running"; dryRun: boolean; done: number; total: number }
  | { status: "done"; report: ImportReportDTO }
  // fileError: the server refused the file itself (a limit), shown next to the file input.
  | { status: "failed"; error: string; fileError?: string };

// Posts the file itself as the body (the server checks it as it arrives) and follows the NDJSON answer: progress while
// it works, then the report.
export function useImportRun() {
  const t = useTranslations("ImportReport");
  const [state, setState] = useState<RunState>({ status: "idle" });
  // Returns the report as well, for a caller that keeps the check's answer while the import runs.
  async function run(
    file: Blob,
    mapping: ColumnMapping,
    options: Omit<ImportRunOptions, "mapping">,
  ): Promise<ImportReportDTO | undefined> {
    let report: ImportReportDTO | undefined;
    const { dryRun } = options;
    setState({ status: "running", dryRun, done: 0, total: 0 });
    try {
      const response = await fetch(importRunUrl({ ...options, mapping }), {
        method: "POST",
        headers: { "Content-Type": "text/csv" },
        body: file,
      });
      let finished = false;
      await readImportStream(response, (line) => {
        if (line.type === "progress") setState({ status: "running", dryRun, done: line.done, total: line.total });
        else {
          finished = true;
          if (line.type === "report") report = line.report;
          setState(
            line.type === "report"
              ? { status: "done", report: line.report }
              : { status: "failed", error: line.error, fileError: line.fieldErrors?.csv?.[0] },
          );
        }
      });
      if (!finished) setState({ status: "failed", error: t("connectionEnded") });
    } catch {
      setState({ status: "failed", error: t("unreachable") });
    }
    return report;
  }
  return { state, run, reset: () => setState({ status: "idle" }) };
}
