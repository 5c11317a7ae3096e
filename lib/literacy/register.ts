import type { CsvCell } from "@/lib/csv/write";

// The register an auditor asks for: one line per training held, and one per person with none (a gap is a finding
// too). Pure, so the CSV and the PDF cannot disagree.

export type RegisterRow = {
  person: string;
  email: string;
  unit: string | null;
  jobRole: string;
  item: string | null;
  completedOn: string | null;
  expiresOn: string | null;
  current: boolean;
  evidenceNote: string;
  evidenceUrl: string | null;
  /** The certificate or attendance list kept with the record (downloadable in Actlas), and its SHA-256. */
  evidenceFile: { fileName: string; sha256: string } | null;
};

export const REGISTER_HEADER = [
  "Person",
  "E-mail",
  "Business unit",
  "Job role",
  "Learning item",
  "Completed",
  "Expires",
  "Status",
  "Evidence note",
  "Evidence link",
  "Evidence file",
  "Evidence file SHA-256",
];

export function registerStatus(r: RegisterRow): string {
  if (!r.item) return "No training recorded";
  return r.current ? "Current" : "Expired";
}

export function registerRecord(r: RegisterRow): CsvCell[] {
  return [
    r.person,
    r.email,
    r.unit ?? "",
    r.jobRole,
    r.item ?? "",
    r.completedOn ?? "",
    r.item ? (r.expiresOn ?? "Never") : "",
    registerStatus(r),
    r.evidenceNote,
    r.evidenceUrl ?? "",
    r.evidenceFile?.fileName ?? "",
    r.evidenceFile?.sha256 ?? "",
  ];
}
