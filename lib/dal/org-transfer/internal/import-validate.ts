import "server-only";
import { sha256Hex } from "@/lib/crypto";
import { checkEvidenceContent } from "@/lib/evidence/content-type";
import { AppError } from "@/lib/errors";
import type { TOrganizationExport } from "@/lib/validations/import-organization";
import { modelColumns, type Column } from "@/lib/dal/org-transfer/internal/import-columns";
import { decodeColumnValue } from "@/lib/dal/org-transfer/internal/import-values";
import { AUDIT_SPEC, EXPORT_TABLES, SERVER_SET, type TableSpec } from "@/lib/dal/org-transfer/internal/export-spec";
import type { Row } from "@/lib/dal/org-transfer/internal/export-tables";
import { countPhrase } from "@/lib/plural";

export type Problem = { table: string; row: number | null; column: string | null; message: string };
// Every row of the file, decoded and checked, by export key (the audit trail included).
export type CheckedTables = Record<string, Row[]>;
// A table the file leaves out has no rows (the check above fills in every import table, possibly empty).
export const rowsOf = (tables: CheckedTables, key: string): Row[] => tables[key] ?? [];

const SHOWN_IN_MESSAGE = 5;
const MAX_PROBLEMS = 50;
export const IMPORT_SPECS: TableSpec[] = [...EXPORT_TABLES, AUDIT_SPEC];

// The whole file is checked before anything is written: every table and column is known, every value has its
// column's type, every id is defined once, and every reference points at a row or person defined in the SAME file.
// A file that refers to anything else (another organisation's rows) is refused whole, naming table, row and column.
export async function checkOrganizationFile(doc: TOrganizationExport): Promise<CheckedTables> {
  const problems: Problem[] = [];
  const add = (table: string, row: number | null, column: string | null, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ table, row, column, message });
  };
  const known = new Set(IMPORT_SPECS.map((s) => s.key));
  for (const key of Object.keys(doc.tables))
    if (!known.has(key)) add(key, null, null, "is not a table of an organisation export");
  const people = new Set<string>();
  doc.people.forEach((p, i) =>
    people.has(p.id) ? add("people", i + 1, "id", `repeats id ${p.id}`) : people.add(p.id),
  );

  const tables: CheckedTables = {};
  const ids: Record<string, Set<string>> = {};
  for (const spec of IMPORT_SPECS) {
    const columns = modelColumns(spec.model);
    const serverSet = serverSetOf(spec);
    const tableIds = new Set<string>();
    ids[spec.key] = tableIds;
    tables[spec.key] = (doc.tables[spec.key] ?? []).map((raw, i) =>
      decodeRow(spec, columns, serverSet, raw, i + 1, tableIds, add),
    );
  }
  for (const spec of IMPORT_SPECS)
    rowsOf(tables, spec.key).forEach((row, i) => checkRefs(spec, row, i + 1, ids, people, add));
  await checkEvidenceFiles(rowsOf(tables, "evidenceVersion"), add);
  await checkCompletionFiles(rowsOf(tables, "literacyCompletion"), add);
  if (problems.length) throw importRefused(problems);
  return tables;
}

type Add = (table: string, row: number | null, column: string | null, message: string) => void;

const serverSetOf = (spec: TableSpec) => new Set([...SERVER_SET["*"], ...(SERVER_SET[spec.key] ?? [])]);

function decodeRow(
  spec: TableSpec,
  columns: Map<string, Column>,
  serverSet: Set<string>,
  raw: Row,
  index: number,
  ids: Set<string>,
  add: Add,
): Row {
  const row: Row = {};
  for (const [name, value] of Object.entries(raw)) {
    const column = columns.get(name);
    if (spec.omit?.includes(name))
      add(spec.key, index, name, "is a credential that exports leave out; an import cannot set it");
    else if (!column) add(spec.key, index, name, "is not a column of this table");
    else if (serverSet.has(name) && name !== "id")
      continue; // set by the server, whatever the file says
    else {
      const decoded = decodeColumnValue(column, value);
      if (decoded.ok) row[name] = decoded.value;
      else add(spec.key, index, name, decoded.message);
    }
  }
  for (const column of columns.values()) {
    if (!column.isRequired || column.hasDefault || serverSet.has(column.name) || spec.omit?.includes(column.name))
      continue;
    // A value of the wrong type was reported above; only a value that is absent (or null) is reported here.
    if ((row[column.name] ?? null) === null && (raw[column.name] ?? null) === null)
      add(spec.key, index, column.name, "is required");
  }
  if (spec.hasId) {
    const id = row.id;
    if (typeof id !== "string" || id === "")
      add(spec.key, index, "id", "is required: every row needs the id it had in the export");
    else if (ids.has(id)) add(spec.key, index, "id", `repeats id ${id}, already used by another row of this table`);
    else ids.add(id);
  }
  return row;
}

function checkRefs(
  spec: TableSpec,
  row: Row,
  index: number,
  ids: Record<string, Set<string>>,
  people: Set<string>,
  add: Add,
) {
  const check = (column: string, target: string, value: unknown) => {
    if (typeof value !== "string") return; // null, or a type problem already reported
    if (target === "User" ? people.has(value) : ids[target]?.has(value)) return;
    const what =
      target === "User"
        ? "a person of the file's people list"
        : `a ${IMPORT_SPECS.find((s) => s.key === target)?.model ?? target} row of this file`;
    add(
      spec.key,
      index,
      column,
      `refers to ${value}, which is not ${what}; an import may only refer to rows it contains`,
    );
  };
  for (const [column, target] of Object.entries(spec.refs)) check(column, target, row[column]);
  for (const [column, target] of Object.entries(spec.refLists ?? {}))
    if (Array.isArray(row[column])) for (const v of row[column] as unknown[]) check(column, target, v);
  // The monitoring plan's items name their owners inside its JSON.
  if (spec.key === "monitoringPlan" && row.items !== undefined) {
    const items = row.items;
    if (!Array.isArray(items) || items.some((item) => !item || typeof item !== "object" || Array.isArray(item)))
      add(spec.key, index, "items", "must be a list of objects");
    else
      for (const item of items as Row[])
        if (item.ownerId !== undefined && item.ownerId !== null) {
          if (typeof item.ownerId !== "string") add(spec.key, index, "items", "has an item whose ownerId is not text");
          else check("items", "User", item.ownerId);
        }
  }
}

// The same content check as an upload: the bytes decide the type, the name has to agree, the size is limited; the
// stored type, size and hash are the server's own findings, never the file's claims.
async function checkEvidenceFiles(rows: Row[], add: Add) {
  for (const [i, row] of rows.entries()) {
    if (!(row.content instanceof Uint8Array) || typeof row.fileName !== "string") continue; // already reported
    // Like an upload, only the last path segment of the name is kept.
    const fileName = row.fileName.split(/[\\/]/).pop()!.trim().slice(0, 255) || "evidence";
    row.fileName = fileName;
    const check = await checkEvidenceContent(row.content, fileName);
    if (!check.ok) {
      add("evidenceVersion", i + 1, "content", check.message);
      continue;
    }
    const sha256 = sha256Hex(row.content);
    if (typeof row.sha256 === "string" && row.sha256 !== sha256)
      add(
        "evidenceVersion",
        i + 1,
        "sha256",
        "does not match the file's content: the export is damaged or was altered",
      );
    Object.assign(row, { mimeType: check.mimeType, sizeBytes: row.content.byteLength, sha256 });
  }
}

// A training's certificate (lib/dal/literacy) gets the same check; a row without content keeps no file fields.
async function checkCompletionFiles(rows: Row[], add: Add) {
  for (const [i, row] of rows.entries()) {
    const content = row.fileContent;
    if (content === null || content === undefined) {
      Object.assign(row, { fileName: null, fileMimeType: null, fileSizeBytes: null, fileSha256: null });
      continue;
    }
    if (!(content instanceof Uint8Array)) continue; // already reported
    const named = typeof row.fileName === "string" ? row.fileName : "";
    const fileName = named.split(/[\\/]/).pop()!.trim().slice(0, 255) || "certificate";
    const check = await checkEvidenceContent(content, fileName);
    if (!check.ok) {
      add("literacyCompletion", i + 1, "fileContent", check.message);
      continue;
    }
    const sha256 = sha256Hex(content);
    if (typeof row.fileSha256 === "string" && row.fileSha256 !== sha256)
      add(
        "literacyCompletion",
        i + 1,
        "fileSha256",
        "does not match the file's content: the export is damaged or was altered",
      );
    Object.assign(row, {
      fileName,
      fileMimeType: check.mimeType,
      fileSizeBytes: content.byteLength,
      fileSha256: sha256,
    });
  }
}

export function describeProblem(p: Problem): string {
  return (
    [`Table ${p.table}`, p.row !== null ? `row ${p.row}` : null, p.column ? `column ${p.column}` : null]
      .filter(Boolean)
      .join(", ") + `: ${p.message}${p.message.endsWith(".") ? "" : "."}`
  );
}

// Refused whole: the message names the first problems, the file field lists them all (up to MAX_PROBLEMS).
export function importRefused(problems: Problem[]): AppError {
  const lines = problems.map(describeProblem);
  const more = problems.length > SHOWN_IN_MESSAGE ? ` (and ${problems.length - SHOWN_IN_MESSAGE} more)` : "";
  const message = `Nothing was imported: the file has ${problems.length === MAX_PROBLEMS ? "at least " : ""}${countPhrase(problems.length, "problem")}${more}. ${lines.slice(0, SHOWN_IN_MESSAGE).join(" ")}`;
  return new AppError("VALIDATION", message, { fieldErrors: { file: lines } });
}
