import { importTemplateCsv } from "@/lib/import/csv";
import { createRoute } from "@/lib/route";

// The template is the same for everyone and holds no data, so it needs no session beyond the app shell's own.
export const GET = createRoute(
  { auth: "public" },
  () =>
    new Response(importTemplateCsv(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="ai-systems-import-template.csv"',
        "Cache-Control": "no-store",
      },
    }),
);
