import Link from "next/link";
import { useTranslations } from "next-intl";
import { BAND_RANGES, heatMap, RISK_BANDS, SCALE } from "@/lib/risks/score";
import { cn } from "@/lib/utils";
import { BAND_CELL } from "./bands";
import { useRiskWords } from "./risk-words";

type Props = {
  // One per risk, or one per cell with its count (counted by the database).
  points: { likelihood: number; impact: number; count?: number }[];
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
  // Where a cell's link goes: the list filtered to that cell.
  hrefFor: (likelihood: number, impact: number) => string;
  selected: { likelihood: number; impact: number } | null;
  caption: string;
};

// The 5 × 5 grid as a real table: screen readers announce likelihood (row) and impact (column) for every count, and
// each cell with risks links to exactly those risks. Colour marks the band; the number and the band word carry it too.
export function HeatMap({ points, likelihoodLabels, impactLabels, hrefFor, selected, caption }: Props) {
  const t = useTranslations("RiskHeatMap");
  const words = useRiskWords();
  const grid = heatMap(points);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-1 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-20 text-left align-bottom text-xs font-medium text-slate-600 sm:w-28">
              {t("axes")}
            </th>
            {SCALE.map((i) => (
              <th key={i} scope="col" className="px-1 pb-1 text-center align-bottom text-xs font-medium text-slate-700">
                {i} {/* On a phone the words go to the key below the grid; screen readers always hear them here. */}
                <span className="sr-only font-normal text-slate-600 sm:not-sr-only sm:block">
                  {impactLabels[i - 1]}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => {
            const likelihood = row[0]?.likelihood ?? 0;
            return (
              <tr key={likelihood}>
                <th scope="row" className="pr-2 text-left text-xs font-medium text-slate-700">
                  {likelihood} <span className="font-normal text-slate-600">{likelihoodLabels[likelihood - 1]}</span>
                </th>
                {row.map((cell) => {
                  const isSelected = selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
                  const risks = t("cellRisks", { count: cell.count, band: words.band(cell.band).toLowerCase() });
                  return (
                    <td
                      key={cell.impact}
                      className={cn(
                        "h-12 rounded text-center font-semibold",
                        BAND_CELL[cell.band],
                        isSelected && "ring-2 ring-indigo-700",
                      )}
                    >
                      {cell.count > 0 ? (
                        <Link
                          href={hrefFor(cell.likelihood, cell.impact)}
                          aria-current={isSelected ? "true" : undefined}
                          className="flex h-12 items-center justify-center text-base underline underline-offset-2"
                        >
                          {cell.count}
                          <span className="sr-only"> {t("showThem", { risks })}</span>
                        </Link>
                      ) : (
                        <span className="font-normal">
                          0<span className="sr-only"> {risks}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-700 sm:hidden" aria-hidden>
        {t("impactKey", { levels: impactLabels.map((label, i) => `${i + 1} ${label}`).join(", ") })}
      </p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {RISK_BANDS.map((band) => (
          <span key={band} className="inline-flex items-center gap-1.5">
            <span aria-hidden className={cn("inline-block size-3 rounded-sm ring-1 ring-slate-300", BAND_CELL[band])} />
            {words.band(band)} ({BAND_RANGES[band]})
          </span>
        ))}
      </p>
    </div>
  );
}
