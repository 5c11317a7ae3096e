"use client";
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
import { countPhrase } from "@/lib/plural";

type LoadedFile = { name: string; blob: File; headers: string[]; rows: number; checked: CheckedCsv };

const FILE_HINT = `A CSV file of up to 10 MB and ${MAX_IMPORT_ROWS.toLocaleString("en")} rows, with a header row (UTF-8; separators are detected).`;

export function ImportWizard() {
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
        <CardHeader
          title="1. Choose your file"
          description="Start from the template: it has a column for every intake field and two example rows. Multiple values go in one cell, separated by ;."
        />
        <CardBody className="space-y-4">
          <a
            href="/systems/import/template"
            download
            className="inline-flex text-sm font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            Download the CSV template
          </a>
          <AllowedValues />
          <Field id="import-file" label="CSV file" hint={FILE_HINT} error={shownFileError}>
            <Input
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={describedBy("import-file", shownFileError, FILE_HINT)}
              aria-invalid={!!shownFileError || undefined}
              onChange={(e) => void onFile(e.target.files?.[0])}
              disabled={busy}
            />
          </Field>
          {file && (
            <p className="text-sm text-slate-700">
              <strong className="text-slate-900">{file.name}</strong>: {countPhrase(file.rows, "row")},{" "}
              {countPhrase(file.headers.length, "column")}.
            </p>
          )}
        </CardBody>
      </Card>
      {file && (
        <Card>
          <CardHeader
            title="2. Match the columns"
            description="Columns whose names match a field are matched for you. Change any match, or leave a field out."
          />
          <MappingTable
            headers={file.headers}
            mapping={mapping}
            onChange={(field, header) => setMapping((m) => ({ ...m, [field]: header || undefined }))}
          />
        </Card>
      )}
      {file && (
        <Card>
          <CardHeader
            title="3. Check and import"
            description="The check lists every problem by row and column, and every row that names a system you already have. It imports nothing."
          />
          <CardBody className="space-y-4">
            <InvalidRowsChoice value={invalidRows} onChange={setInvalidRows} />
            {current && current.duplicates.length > 0 && (
              <DuplicatesChoice duplicates={current.duplicates} value={duplicates} onChange={setDuplicates} />
            )}
            <div className="flex flex-wrap gap-3">
              <Button type="button" variant="secondary" onClick={() => void check()} disabled={busy}>
                Check file
              </Button>
              <Button type="button" onClick={commit} disabled={busy || !ready}>
                {ready && current ? importLabel(current, duplicates) : "Import systems"}
              </Button>
            </div>
            {!ready && !busy && !(report && !report.dryRun) && (
              <p className="text-sm text-slate-600">{waitingFor(current, invalidRows)}</p>
            )}
            {state.status === "running" && (
              <ImportProgress dryRun={state.dryRun} done={state.done} total={state.total} />
            )}
            {state.status === "failed" && (
              <Alert tone="error" title="Nothing was imported">
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

function importLabel(report: ImportReportDTO, duplicates: DuplicateChoice): string {
  const existing = report.duplicates.filter((d) => d.existing).length;
  const updates = duplicates === "update" ? existing : 0;
  const creates = report.valid - report.duplicates.length;
  const count = (k: number) => countPhrase(k, "system");
  if (creates === 0 && updates > 0) return `Update ${count(updates)}`;
  const label = `Import ${count(creates)}`;
  return updates ? `${label} and update ${updates.toLocaleString("en")}` : label;
}

function waitingFor(report: ImportReportDTO | null, invalidRows: InvalidRows): string {
  if (!report) return "Check the file first; importing is possible once the check has run on this file and matching.";
  if (report.errors.length > 0 && invalidRows === "refuse")
    return "Fix the rows with problems and check again, or choose to import the rows without problems.";
  if (report.duplicates.length > 0) return "Choose what to do with the rows that name systems you already have.";
  return "There is nothing to import.";
}
