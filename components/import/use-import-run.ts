"use client";
import { useState } from "react";
import type { ColumnMapping } from "@/lib/import/columns";
import { readImportStream, type ImportReportDTO } from "@/lib/import/stream";

export type RunState =
  | { status: "idle" }
  | { status: "running"; dryRun: boolean; done: number; total: number }
  | { status: "done"; report: ImportReportDTO }
  | { status: "failed"; error: string };

// Posts the file to the import route and follows its NDJSON answer: progress while it works, then the report.
export function useImportRun() {
  const [state, setState] = useState<RunState>({ status: "idle" });
  async function run(csv: string, mapping: ColumnMapping, dryRun: boolean) {
    setState({ status: "running", dryRun, done: 0, total: 0 });
    try {
      const response = await fetch("/systems/import/run", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ csv, mapping, dryRun }),
      });
      let finished = false;
      await readImportStream(response, (line) => {
        if (line.type === "progress") setState({ status: "running", dryRun, done: line.done, total: line.total });
        else {
          finished = true;
          setState(line.type === "report" ? { status: "done", report: line.report } : { status: "failed", error: line.error });
        }
      });
      if (!finished) setState({ status: "failed", error: "The connection ended before the import finished. Nothing was imported; please try again." });
    } catch {
      setState({ status: "failed", error: "The server could not be reached. Nothing was imported; please try again." });
    }
  }
  return { state, run, reset: () => setState({ status: "idle" }) };
}
