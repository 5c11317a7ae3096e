import { z } from "zod";
import {
  RISK_SOURCE_LABELS,
  RISK_SOURCES,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  RISK_TREATMENT_LABELS,
  RISK_TREATMENTS,
} from "./risks";

// A risk register CSV, pasted or uploaded on a system's Risks tab; bounded before any parsing. Far above a real
// register (a system's risks are counted in tens), far below what would hold the server for long.
export const RISK_IMPORT_MAX_BYTES = 1024 * 1024;
export const RISK_IMPORT_MAX_ROWS = 2000;

export const ZImportRisks = z.object({
  systemId: z.string().trim().min(1).max(64),
  csv: z
    .string()
    .min(1, "Choose a CSV file.")
    .max(RISK_IMPORT_MAX_BYTES, `The file is larger than 1 MB. Split it into smaller files.`),
});
export type TImportRisks = z.input<typeof ZImportRisks>;

// The risk register as CSV: the export's columns, and the ones an import reads (the same names, so an exported file
// can be edited and imported into another system). Scores, bands, ids and acceptance are computed or signed in the
// app, so an import ignores them. Codes are written as the labels the form shows; an import takes either.

export const RISK_EXPORT_HEADER = [
  "Risk ID",
  "System ID",
  "System",
  "Title",
  "Description",
  "Affected persons",
  "Fundamental rights",
  "Source",
  "Likelihood",
  "Impact",
  "Inherent score",
  "Inherent band",
  "Residual likelihood",
  "Residual impact",
  "Residual score",
  "Residual band",
  "Treatment",
  "Mitigation",
  "Owner e-mail",
  "Next review",
  "Status",
  "Accepted by",
  "Accepted at",
  "Acceptance justification",
  "Linked obligations",
  "Updated at",
] as const;

// Form field → the column it is read from. Title, likelihood and impact are required.
export const RISK_IMPORT_COLUMNS = [
  { key: "title", label: "Title", required: true },
  { key: "description", label: "Description", required: false },
  { key: "affectedPersons", label: "Affected persons", required: false },
  { key: "fundamentalRights", label: "Fundamental rights", required: false },
  { key: "source", label: "Source", required: false },
  { key: "likelihood", label: "Likelihood", required: true },
  { key: "impact", label: "Impact", required: true },
  { key: "residualLikelihood", label: "Residual likelihood", required: false },
  { key: "residualImpact", label: "Residual impact", required: false },
  { key: "treatment", label: "Treatment", required: false },
  { key: "mitigation", label: "Mitigation", required: false },
  { key: "ownerId", label: "Owner e-mail", required: false },
  { key: "nextReviewDate", label: "Next review", required: false },
  { key: "status", label: "Status", required: false },
] as const;
export type RiskImportKey = (typeof RISK_IMPORT_COLUMNS)[number]["key"];

export const RISK_IMPORT_TEMPLATE =
  RISK_IMPORT_COLUMNS.map((c) => c.label).join(",") +
  "\r\n" +
  'Unequal error rates across age groups,Older applicants are ranked lower,Job applicants,"Non-discrimination",Monitoring breach,4,5,2,3,Mitigate,Re-weighted training data,,2027-03-01,Open\r\n';

// Header names and values compared without case, accents, spaces or punctuation ("Owner email" = "Owner e-mail",
// "Atténuer" = "attenuer").
export const normHeader = (h: string) =>
  h
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

type NamesOf = (english: string) => string[];

function codeOf<C extends string>(codes: readonly C[], labels: Record<C, string>, cell: string, namesOf: NamesOf) {
  const n = normHeader(cell);
  return codes.find((c) => normHeader(c) === n || namesOf(labels[c]).some((name) => normHeader(name) === n));
}

const allowed = <C extends string>(codes: readonly C[], labels: Record<C, string>) =>
  codes.map((c) => labels[c]).join(", ");

export type CellResult = { value: string } | { error: string };

/**
 * A Source, Treatment or Status cell as its code ("" when empty), or the allowed values when it is none of them.
 * `namesOf` gives every language's word for a label (lib/csv/value-i18n, on the server), so a file exported in German
 * is read back.
 */
export function enumCell(
  key: "source" | "treatment" | "status",
  cell: string,
  namesOf: NamesOf = (english) => [english],
): CellResult {
  if (!cell.trim()) return { value: "" };
  const [codes, labels] =
    key === "source"
      ? [RISK_SOURCES, RISK_SOURCE_LABELS as Record<string, string>]
      : key === "treatment"
        ? [RISK_TREATMENTS, RISK_TREATMENT_LABELS as Record<string, string>]
        : [RISK_STATUSES, RISK_STATUS_LABELS as Record<string, string>];
  const code = codeOf(codes as readonly string[], labels, cell, namesOf);
  return code === undefined ? { error: `Not a known value. Allowed: ${allowed(codes, labels)}.` } : { value: code };
}
