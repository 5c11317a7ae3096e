"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, describedBy } from "@/components/ui/field";
import { autoMapColumns, type ColumnMapping } from "@/lib/import/columns";
import { finishCsv, newCsvGuard, type CheckedCsv } from "@/lib/import/csv";
import { ImportLimitError, LIMIT_MESSAGES, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import type { ImportReportDTO } from "@/lib/import/stream";
import { AllowedValues } from "./allowed-values";
import { DuplicatesChoice, InvalidRowsChoice, type DuplicateChoice, type InvalidRows } from "./import-choices";
import { ImportReport } from "./import-report";
import { MappingTable } from "./mapping-table";
import { ImportProgress } from "./import-progress";
import { useImportRun } from "./use-import-run";

type LoadedFile = { name: string; blob: File; headers: string[]; rows: number; checked: CheckedCsv };

type Translate = ReturnType<typeof useTranslations<"ImportWizard">>;

export function ImportWizard() {
  const t = useTranslations("ImportWizard");
  const locale = useLocale();
  const fileHint = t("fileHint", { rows: MAX_IMPORT_ROWS.toLocaleString(locale === "en" ? "en" : locale) });
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // The commit button only follows a clean dry run of exactly this file and mapping.
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const [invalidRows, setInvalidRows] = useState<InvalidRows>("refuse");
  const [duplicates, setDuplicates] = useState<DuplicateChoice>();
  // The check's answer, kept while the import runs, so its duplicates and fingerprint stay on screen and in use.
  const [checked, setChecked] = useState<ImportReportDTO | null>(null);
  const { state, run, reset } = useImportRun();
  const key = file ? `${file.name}|${file.blob.size}|${file.blob.lastModified}|${JSON.stringify(mapping)}` : "";

  async function onFile(chosen: File | undefined) {
    reset();
    setCheckedKey(null);
    setChecked(null);
    setDuplicates(undefined);
    setFileError(undefined);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_IMPORT_BYTES) return setFileError(LIMIT_MESSAGES.size());
    // The server's own checks (size, header, columns, value length, rows), run here first so the error shows at once.
    let checked;
    try {
      const guard = newCsvGuard();
      guard.push(new Uint8Array(await chosen.arrayBuffer()));
      checked = finishCsv(guard);
    } catch (error) {
      if (!(error instanceof ImportLimitError)) throw error;
      setFile(null);
      return setFileError(error.message);
    }
    const { headers, rows } = checked;
    setFile({ name: chosen.name, blob: chosen, headers, rows, checked });
    setMapping(autoMapColumns(headers));
  }

  async function check() {
    if (!file) return;
    setChecked(null);
    setDuplicates(undefined);
    const report = await run(file.blob, mapping, { dryRun: true, invalidRows });
    setChecked(report ?? null);
    setCheckedKey(key);
  }

  function commit() {
    if (!file || !checked) return;
    void run(file.blob, mapping, { dryRun: false, invalidRows, duplicates, duplicatesKey: checked.duplicatesKey });
  }

  const report = state.status === "done" ? state.report : null;
  const current = checked && checkedKey === key ? checked : null;
  const writable = current && (current.errors.length === 0 || (invalidRows === "leave" && current.valid > 0));
  const decided = current && (current.duplicates.length === 0 || duplicates !== undefined);
  // After an import, the same check does not import again: a new check shows what the inventory now holds.
  const ready = !!writable && !!decided && (!report || report.dryRun);
  const busy = state.status === "running";
  // A file the server refused (a limit) is reported where it was chosen, like the checks made in the browser.
  const shownFileError = fileError ?? (state.status === "failed" ? state.fileError : undefined);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("step1")} description={t("step1Description")} />
        <CardBody className="space-y-4">
          <a
            href="/systems/import/template"
            download
            className="inline-flex text-sm font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            {t("template")}
          </a>
          <AllowedValues />
          <Field id="import-file" label={t("csvFile")} hint={fileHint} error={shownFileError}>
            <Input
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={describedBy("import-file", shownFileError, fileHint)}
              aria-invalid={!!shownFileError || undefined}
              onChange={(e) => void onFile(e.target.files?.[0])}
              disabled={busy}
            />
          </Field>
          {file && (
            <p className="text-sm text-slate-700">
              <strong className="text-slate-900">{file.name}</strong>:{" "}
              {t("fileSummary", { rows: file.rows, columns: file.headers.length })}
            </p>
          )}
        </CardBody>
      </Card>
      {file && (
        <Card>
          <CardHeader title={t("step2")} description={t("step2Description")} />
          <MappingTable
            headers={file.headers}
            mapping={mapping}
            onChange={(field, header) => setMapping((m) => ({ ...m, [field]: header || undefined }))}
          />
        </Card>
      )}
      {file && (
        <Card>
          <CardHeader title={t("step3")} description={t("step3Description")} />
          <CardBody className="space-y-4">
            <InvalidRowsChoice value={invalidRows} onChange={setInvalidRows} />
            {current && current.duplicates.length > 0 && (
              <DuplicatesChoice duplicates={current.duplicates} value={duplicates} onChange={setDuplicates} />
            )}
            <div className="flex flex-wrap gap-3">
              <Button type="button" variant="secondary" onClick={() => void check()} disabled={busy}>
                {t("checkFile")}
              </Button>
              <Button type="button" onClick={commit} disabled={busy || !ready}>
                {ready && current ? importLabel(t, current, duplicates) : t("importSystems")}
              </Button>
            </div>
            {!ready && !busy && !(report && !report.dryRun) && (
              <p className="text-sm text-slate-600">{waitingFor(t, current, invalidRows)}</p>
            )}
            {state.status === "running" && (
              <ImportProgress dryRun={state.dryRun} done={state.done} total={state.total} />
            )}
            {state.status === "failed" && (
              <Alert tone="error" title={t("nothingImported")}>
                {state.error}
              </Alert>
            )}
            {report && <ImportReport report={report} file={file.checked} name={file.name} />}
          </CardBody>
        </Card>
      )}
    </div>
  );
}

function importLabel(t: Translate, report: ImportReportDTO, duplicates: DuplicateChoice): string {
  const existing = report.duplicates.filter((d) => d.existing).length;
  const updates = duplicates === "update" ? existing : 0;
  const creates = report.valid - report.duplicates.length;
  if (creates === 0 && updates > 0) return t("updateCount", { count: updates });
  return updates ? t("importAndUpdate", { count: creates, updates }) : t("importCount", { count: creates });
}

function waitingFor(t: Translate, report: ImportReportDTO | null, invalidRows: InvalidRows): string {
  if (!report) return t("waitCheck");
  if (report.errors.length > 0 && invalidRows === "refuse") return t("waitFix");
  if (report.duplicates.length > 0) return t("waitDuplicates");
  return t("nothingToImport");
}
