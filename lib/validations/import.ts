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
});

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

// Builds the route's address, the one place that knows the query's shape besides the schema. Without a mapping the
// server matches columns by name (as the page does before the user changes anything).
export function importRunUrl(options: { dryRun: boolean; mapping?: Record<string, string | undefined> }): string {
  const params = new URLSearchParams({ dryRun: String(options.dryRun) });
  if (options.mapping) params.set("mapping", JSON.stringify(options.mapping));
  return `/systems/import/run?${params}`;
}
