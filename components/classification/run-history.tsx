import { useLocale, useTranslations } from "next-intl";
import { TierBadge } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RunSummaryDTO } from "@/lib/dal/classification/run-history";
import { formatDateTimeIn } from "@/lib/i18n/format";

const DISPOSITION_KEYS: Record<string, "dispositionFinal" | "dispositionRequiresReview" | "dispositionUndetermined"> = {
  FINAL: "dispositionFinal",
  REQUIRES_REVIEW: "dispositionRequiresReview",
  UNDETERMINED: "dispositionUndetermined",
};

// While a run is not determined yet its stored tier is only a floor: show the highest tier still possible instead.
// After an override the tier is legal's, as on the header and in the inventory.
function RunTier({ run }: { run: RunSummaryDTO }) {
  const t = useTranslations("ClassificationRuns");
  if (run.disposition !== "UNDETERMINED") return <TierBadge tier={run.review.tier} />;
  if (!run.possibleTier) return <Badge tone="amber">{t("notDetermined")}</Badge>;
  return (
    <span className="text-xs text-slate-700">
      {t("couldBe")} <TierBadge tier={run.review.possibleTier} />
    </span>
  );
}

/** "Run 3 (5 Dec 2026, 10:00 UTC)" in the reader's language: the run picker's options and the diff's two ends. */
export function useRunLabel() {
  const t = useTranslations("ClassificationRuns");
  const locale = useLocale();
  return (r: Pick<RunSummaryDTO, "sequence" | "createdAt">) =>
    t("runLabel", { sequence: r.sequence, date: formatDateTimeIn(locale, r.createdAt) });
}

// Every stored run, newest first, and a plain GET form to choose two of them to compare.
export function RunHistory({
  runs,
  currentRunId,
  from,
  to,
}: {
  runs: RunSummaryDTO[];
  currentRunId: string | null;
  from?: string;
  to?: string;
}) {
  const t = useTranslations("ClassificationRuns");
  const locale = useLocale();
  const runLabel = useRunLabel();
  const disposition = (code: string) => {
    const key = DISPOSITION_KEYS[code];
    return key ? t(key) : code;
  };
  return (
    <div>
      <Table caption={t("caption")}>
        <TableHead className="bg-transparent font-normal">
          <Th className="px-5 py-2">{t("colRun")}</Th>
          <Th className="py-2">{t("colWhen")}</Th>
          <Th className="py-2">{t("colBy")}</Th>
          <Th className="py-2">{t("colTier")}</Th>
          <Th className="py-2">{t("colDisposition")}</Th>
          <Th className="py-2">{t("colRuleSet")}</Th>
        </TableHead>
        <TableBody>
          {runs.map((r) => (
            <tr key={r.id}>
              <td className="px-5 py-2 font-medium text-slate-900">
                #{r.sequence}
                {r.id === currentRunId && (
                  <Badge tone="violet" className="ml-2">
                    {t("current")}
                  </Badge>
                )}
              </td>
              <td className="px-3 py-2 text-slate-700">{formatDateTimeIn(locale, r.createdAt)}</td>
              <td className="px-3 py-2 text-slate-700">{r.createdByName ?? "—"}</td>
              <td className="px-3 py-2">
                <RunTier run={r} />
              </td>
              <td className="px-3 py-2 text-slate-700">
                {disposition(r.disposition)}
                {r.review.decided && r.engineDisposition !== "FINAL" && (
                  <span className="block text-xs text-slate-600">
                    {r.review.overridden ? t("overriddenByLegal") : t("reviewedByLegal")}
                  </span>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-700">{r.ruleSetId}</td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {runs.length > 1 && (
        <form
          method="get"
          className="flex flex-wrap items-end gap-3 border-t border-slate-200 px-5 py-4"
          aria-label={t("compareLabel")}
        >
          <div className="space-y-1">
            <label htmlFor="diff-from" className="block text-sm font-medium text-slate-800">
              {t("compare")}
            </label>
            <Select id="diff-from" name="from" defaultValue={from}>
              {runs.map((r) => (
                <option key={r.id} value={r.id}>
                  {runLabel(r)}
                </option>
              ))}
            </Select>
          </div>
          <div className="space-y-1">
            <label htmlFor="diff-to" className="block text-sm font-medium text-slate-800">
              {t("with")}
            </label>
            <Select id="diff-to" name="to" defaultValue={to}>
              {runs.map((r) => (
                <option key={r.id} value={r.id}>
                  {runLabel(r)}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            {t("showDifferences")}
          </Button>
        </form>
      )}
    </div>
  );
}
