import { csvHeaderIn } from "@/lib/csv/header-i18n";
import { csvDocument } from "@/lib/csv/write";
import { statementOfApplicability, statementOfApplicabilityPdf } from "@/lib/dal/standards/soa";
import { todayIso } from "@/lib/dates";
import { fileResponse, plainText } from "@/lib/http/download";
import { exportLocale } from "@/lib/http/list-export";
import { createRoute } from "@/lib/route";
import { FRAMEWORKS, isFrameworkId } from "@/lib/standards";
import { localizeControlRow } from "@/lib/standards/i18n";
import { applicabilityIn } from "@/lib/standards/i18n/soa-words";
import { SOA_HEADER, soaRecord } from "@/lib/standards/soa";

export const runtime = "nodejs";

// GET /standards/<framework>/soa?format=csv|pdf: the Statement of Applicability (frameworks that have one).
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download the Statement of Applicability.", params: ["framework"] },
  async ({ actor, params, request }) => {
    const id = params.framework;
    if (!isFrameworkId(id) || !FRAMEWORKS[id].hasSoa) return plainText(404, "No Statement of Applicability here.");
    if (request.nextUrl.searchParams.get("format") === "pdf") {
      const file = await statementOfApplicabilityPdf(actor, id);
      return fileResponse({ fileName: file.fileName, bytes: file.pdf, contentType: "application/pdf" });
    }
    // The header and every word of the crosswalk in the reader's language; the organisation's justifications as typed.
    const locale = exportLocale(actor, request);
    const { rows } = await statementOfApplicability(actor, id, locale);
    // csvDocument neutralises formulas: a justification typed as "=HYPERLINK(…)" must not run when opened.
    const records = rows.map((r) =>
      soaRecord({ ...localizeControlRow(locale, id, r), applicability: applicabilityIn(locale, r.applicability) }),
    );
    const csv = csvDocument([csvHeaderIn(locale, SOA_HEADER), ...records]);
    return fileResponse({
      fileName: `${id}-statement-of-applicability-${todayIso()}.csv`,
      bytes: new TextEncoder().encode(csv),
      contentType: "text/csv; charset=utf-8",
    });
  },
);
