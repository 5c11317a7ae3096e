import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/import/csv";

// What the import page posts: the file's text, the user's column mapping (field → CSV header) and whether to write.
export const ZImportRequest = z.object({
  csv: z.string().min(1, "Choose a CSV file.").max(MAX_IMPORT_BYTES, "The file is larger than 10 MB. Split it into smaller files."),
  mapping: z.record(z.string(), z.string().max(200)).optional(),
  dryRun: z.boolean(),
});
export type TImportRequest = z.infer<typeof ZImportRequest>;
