import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { CheckedCsv } from "@/lib/import/csv";
import type { ImportReportDTO } from "@/lib/import/stream";
import { useColumnLabels } from "./column-labels";
import { ImportErrorsTable } from "./import-errors-table";
import { RejectedDownload } from "./rejected-download";

type T = ReturnType<typeof useTranslations<"ImportReport">>;

function doneTitle(t: T, report: ImportReportDTO): string {
  if (report.created > 0) return t("importedNew", { count: report.created });
  if (report.updated > 0) return t("updatedSystems", { count: report.updated });
  return t("nothingNew");
}

// What a check or an import did, in the person's words: what was written, what was left out and why.
export function ImportReport({ report, file, name }: { report: ImportReportDTO; file: CheckedCsv; name: string }) {
  const t = useTranslations("ImportReport");
  const columns = useColumnLabels();
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
        <Alert tone="success" title={doneTitle(t, report)}>
          {report.created > 0 && report.updated > 0 && <p>{t("alsoUpdated", { count: report.updated })}</p>}
          {report.skipped > 0 && <p>{t("skipped", { count: report.skipped })}</p>}
          {report.classified > 0 && <p>{t("classified", { count: report.classified })}</p>}
          {problemRows > 0 && <p>{t("leftOut", { count: problemRows })}</p>}
          <Link href="/systems" className="font-medium underline">
            {t("openInventory")}
          </Link>
        </Alert>
        {problems}
      </div>
    );
  }
  if (report.errors.length === 0) {
    return (
      <Alert tone="success" title={t("noProblems")}>
        {report.duplicates.length === 0
          ? t("canImport", { count: report.total })
          : report.total === 1
            ? t("oneRowDuplicate")
            : t("rowsDuplicate", { total: report.total, count: report.duplicates.length })}
      </Alert>
    );
  }
  const leave = report.invalidRows === "leave";
  return (
    <div className="space-y-3">
      <Alert
        tone={leave && report.valid > 0 ? "info" : "error"}
        title={t("problemsTitle", { problems: report.errors.length, rows: problemRows, total: report.total })}
      >
        {leave && report.valid > 0 ? t("importValidNow", { count: report.valid }) : t("fixAndCheck")}
        {report.missingRequired.length > 0 && (
          <p className="mt-1">
            {t("missingRequired", { fields: report.missingRequired.map(columns.fromEnglish).join(", ") })}
          </p>
        )}
      </Alert>
      {problems}
    </div>
  );
}
