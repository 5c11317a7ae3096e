import { z } from "zod";

// The import route's options, sent in the query string: the body is the CSV file itself, so it can be checked as it
// arrives (lib/import/upload.ts) instead of being read whole inside a JSON document.
// mapping is the user's column mapping (field → CSV header) as JSON; dryRun says whether to write.
export const ZImportOptions = z.object({
  dryRun: z
    .enum(["true", "false"], "Say whether this is a check (dryRun=true) or the import (dryRun=false).")
    .transform((v) => v === "true"),
  mapping: z
    .string()
    .max(10_000, "The column mapping is too long.")
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === "") return undefined;
      const parsed = z.record(z.string().max(60), z.string().max(200)).safeParse(safeJson(raw));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: "custom", message: "The column mapping could not be read." });
      return z.NEVER;
    }),
  // "refuse": one bad row and nothing is written (all or nothing); "leave": the valid rows are written and the rest
  // are reported, for the person to download, fix and upload again.
  invalidRows: z.enum(["refuse", "leave"], "Say what to do with rows that have problems.").default("refuse"),
  // Rows naming a system the organisation already has (or an earlier row): skip them, or update those systems.
  duplicates: z.enum(["skip", "update"], "Say whether to skip or update systems you already have.").optional(),
  // The check's fingerprint of the systems it found, so an update never overwrites a change made since the check.
  duplicatesKey: z.string().max(100).optional(),
});
export type TImportOptions = z.output<typeof ZImportOptions>;

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

// Builds the route's address, the one place that knows the query's shape besides the schema. Without a mapping the
// server matches columns by name (as the page does before the user changes anything).
export type ImportRunOptions = {
  dryRun: boolean;
  mapping?: Record<string, string | undefined>;
  invalidRows?: "refuse" | "leave";
  duplicates?: "skip" | "update";
  duplicatesKey?: string;
};
export function importRunUrl(options: ImportRunOptions): string {
  const params = new URLSearchParams({ dryRun: String(options.dryRun) });
  if (options.mapping) params.set("mapping", JSON.stringify(options.mapping));
  if (options.invalidRows) params.set("invalidRows", options.invalidRows);
  if (options.duplicates) params.set("duplicates", options.duplicates);
  if (options.duplicatesKey) params.set("duplicatesKey", options.duplicatesKey);
  return `/systems/import/run?${params}`;
}
