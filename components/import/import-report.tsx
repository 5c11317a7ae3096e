import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { CheckedCsv } from "@/lib/import/csv";
import type { ImportReportDTO } from "@/lib/import/stream";
import { ImportErrorsTable } from "./import-errors-table";
import { RejectedDownload } from "./rejected-download";
import { countPhrase, verbFor } from "@/lib/plural";

const n = (count: number) => count.toLocaleString("en");
const systems = (count: number, what = "AI system") => countPhrase(count, what);
// "The 1 row", "All 3 rows": a single row is not "all".
const allRows = (count: number) => (count === 1 ? "The 1 row" : `All ${countPhrase(count, "row")}`);

function doneTitle(report: ImportReportDTO): string {
  if (report.created > 0) return `Imported ${systems(report.created, "new AI system")}`;
  if (report.updated > 0) return `Updated ${systems(report.updated)}`;
  return "Nothing new to import";
}

// What a check or an import did, in the person's words: what was written, what was left out and why.
export function ImportReport({ report, file, name }: { report: ImportReportDTO; file: CheckedCsv; name: string }) {
  const problemRows = new Set(report.errors.map((e) => e.row)).size;
  const problems = report.errors.length > 0 && (
    <div className="space-y-3">
      <ImportErrorsTable errors={report.errors} />
      <RejectedDownload file={file} name={name} errors={report.errors} />
    </div>
  );
  if (!report.dryRun && (report.created > 0 || report.updated > 0 || report.skipped > 0)) {
    return (
      <div className="space-y-3">
        <Alert tone="success" title={doneTitle(report)}>
          {report.created > 0 && report.updated > 0 && <p>Updated {systems(report.updated)} you already had.</p>}
          {report.skipped > 0 && (
            <p>
              Skipped {countPhrase(report.skipped, "row")} that {verbFor(report.skipped, "name")}{" "}
              {report.skipped === 1 ? "a system" : "systems"} you already have (or {verbFor(report.skipped, "repeat")}{" "}
              an earlier row).
            </p>
          )}
          {report.classified > 0 && (
            <p>
              {n(report.classified)} {verbFor(report.classified, "were")} classified from the answers in the file.
            </p>
          )}
          {problemRows > 0 && (
            <p>
              Left out {countPhrase(problemRows, "row")} with problems: download {problemRows === 1 ? "it" : "them"}{" "}
              below to fix.
            </p>
          )}
          <Link href="/systems" className="font-medium underline">
            Open the inventory
          </Link>
        </Alert>
        {problems}
      </div>
    );
  }
  if (report.errors.length === 0) {
    return (
      <Alert tone="success" title="No problems found">
        {report.duplicates.length > 0
          ? `${allRows(report.total)} ${verbFor(report.total, "are")} valid; ${report.total === 1 ? "it names a system" : `${n(report.duplicates.length)} of them ${verbFor(report.duplicates.length, "name")} ${report.duplicates.length === 1 ? "a system" : "systems"}`} you already have (see above).`
          : `${allRows(report.total)} can be imported.`}
      </Alert>
    );
  }
  const leave = report.invalidRows === "leave";
  return (
    <div className="space-y-3">
      <Alert
        tone={leave && report.valid > 0 ? "info" : "error"}
        title={`${countPhrase(report.errors.length, "problem")} in ${n(problemRows)} of ${countPhrase(report.total, "row")}. Nothing was imported.`}
      >
        {leave && report.valid > 0
          ? `You can import the ${countPhrase(report.valid, "row")} without problems now and fix the others later, or fix them in your file and check again.`
          : "Fix these rows in your file (or change the column matching) and check again, or choose to import the rows without problems."}
        {report.missingRequired.length > 0 && (
          <p className="mt-1">Required fields without a column: {report.missingRequired.join(", ")}.</p>
        )}
      </Alert>
      {problems}
    </div>
  );
}
