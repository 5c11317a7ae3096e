import { importTemplateCsv } from "@/lib/import/csv";
import { allowedValuesCsv } from "@/lib/import/values";
import { createRoute } from "@/lib/route";

// The template is the same for everyone and holds no data, so it needs no session beyond the app shell's own.
// ?sheet=allowed-values answers the allowed values of every enumerated column (CSV has no second sheet).
export const GET = createRoute({ auth: "public" }, ({ request }) => {
  const values = request.nextUrl.searchParams.get("sheet") === "allowed-values";
  return new Response(values ? allowedValuesCsv() : importTemplateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${values ? "ai-systems-import-allowed-values" : "ai-systems-import-template"}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
