import { importTemplateCsv } from "@/lib/import/csv";

// The template is the same for everyone and holds no data, so it needs no session beyond the app shell's own.
export function GET(): Response {
  return new Response(importTemplateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="ai-systems-import-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
