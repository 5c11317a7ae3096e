import "server-only";
import type { RiskExportRowDTO } from "@/lib/dal/risks/risk-export";
import { todayIso } from "@/lib/dates";
import { csvHeaderIn } from "@/lib/csv/header-i18n";
import { csvValueIn } from "@/lib/csv/value-i18n";
import { csvStream } from "@/lib/http/export-streams";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { BAND_LABELS, riskBand } from "@/lib/risks/score";
import { RISK_SOURCE_LABELS, RISK_STATUS_LABELS, RISK_TREATMENT_LABELS } from "@/lib/validations/risks";
import { RISK_EXPORT_HEADER } from "@/lib/validations/risks-csv";

const band = (l: number, i: number) => BAND_LABELS[riskBand(l, i)];

const toRecord =
  (locale: Locale) =>
  (r: RiskExportRowDTO): (string | number)[] => {
    const say = (english: string) => csvValueIn(locale, english);
    const residual = r.residualLikelihood !== null && r.residualImpact !== null;
    return [
      r.id,
      r.systemId,
      r.systemName,
      r.title,
      r.description,
      r.affectedPersons,
      // One right per line, as the form takes them and as an import reads them back.
      r.fundamentalRights.join("\n"),
      say(RISK_SOURCE_LABELS[r.source]),
      r.likelihood,
      r.impact,
      r.likelihood * r.impact,
      say(band(r.likelihood, r.impact)),
      r.residualLikelihood ?? "",
      r.residualImpact ?? "",
      residual ? r.residualLikelihood! * r.residualImpact! : "",
      residual ? say(band(r.residualLikelihood!, r.residualImpact!)) : "",
      r.treatment ? say(RISK_TREATMENT_LABELS[r.treatment]) : "",
      r.mitigation,
      r.ownerEmail ?? "",
      r.nextReviewDate ?? "",
      say(RISK_STATUS_LABELS[r.status]),
      r.acceptedAt ? r.acceptedByLabel : "",
      r.acceptedAt ? r.acceptedAt.toISOString() : "",
      r.acceptedAt ? r.acceptanceJustification : "",
      r.obligations.map((o) => o.article).join("; "),
      r.updatedAt.toISOString(),
    ];
  };

// A download of the register through the one CSV writer (formulas neutralised: a title typed as "=HYPERLINK(…)"
// must not run when the file is opened), streamed batch by batch, its header row in `locale` (an import reads it back).
export function risksCsvResponse(
  batches: AsyncIterable<RiskExportRowDTO[]>,
  fileName: string,
  locale: Locale = DEFAULT_LOCALE,
): Response {
  return new Response(csvStream(batches, csvHeaderIn(locale, RISK_EXPORT_HEADER), toRecord(locale)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}-${todayIso()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
