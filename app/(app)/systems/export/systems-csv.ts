import Papa from "papaparse";
import type { SystemExportRowDTO } from "@/lib/dal/system-list";
import { LIFECYCLE_LABELS, TIER_DISPLAY } from "@/lib/validations/system-fields";

export const CSV_HEADER = [
  "ID", "Name", "Description", "Intended purpose", "Business unit", "Owner", "Owner email", "Vendor / provider",
  "Lifecycle stage", "Tier", "Disposition", "Roles", "Obligations done", "Obligations applicable", "Classified at", "Updated at",
];

const DISPOSITION_TEXT = { FINAL: "Final", REQUIRES_REVIEW: "Requires review" } as const;

function toRecord(s: SystemExportRowDTO): (string | number)[] {
  return [
    s.id, s.name, s.description, s.intendedPurpose, s.businessUnit, s.owner?.name ?? "", s.owner?.email ?? "", s.vendor,
    LIFECYCLE_LABELS[s.lifecycleStage], s.tier ? TIER_DISPLAY[s.tier] : "Not classified", s.disposition ? DISPOSITION_TEXT[s.disposition] : "",
    s.roles.join("; "), s.obligationsDone, s.obligationsApplicable, s.classifiedAt?.toISOString() ?? "", s.updatedAt.toISOString(),
  ];
}

// escapeFormulae stops a system named "=HYPERLINK(…)" from running as a formula when the file is opened in a spreadsheet.
const lines = (rows: (string | number)[][]) => Papa.unparse(rows, { escapeFormulae: true, newline: "\r\n" }) + "\r\n";

/** The CSV file as a stream: header first, then each batch as the database delivers it. */
export function systemsCsvStream(batches: AsyncIterable<SystemExportRowDTO[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // A byte-order mark so spreadsheet programs read accented names as UTF-8.
      controller.enqueue(encoder.encode("\uFEFF" + lines([CSV_HEADER])));
      for await (const rows of batches) controller.enqueue(encoder.encode(lines(rows.map(toRecord))));
      controller.close();
    },
  });
}
