import { CSV_BOM, csvLines } from "@/lib/csv/write";
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

/** The CSV file as a stream: header first, then each batch as the database delivers it. */
export function systemsCsvStream(batches: AsyncIterable<SystemExportRowDTO[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // csvLines neutralises formulas: a system named "=HYPERLINK(…)" must not run when the file is opened.
      controller.enqueue(encoder.encode(CSV_BOM + csvLines([CSV_HEADER])));
      for await (const rows of batches) controller.enqueue(encoder.encode(csvLines(rows.map(toRecord))));
      controller.close();
    },
  });
}
