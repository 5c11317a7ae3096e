import { useTranslations } from "next-intl";
import { possibleTierOf } from "@/lib/classification/result-status";
import type { ClassificationResult } from "@/lib/rules";
import { EngineTierBadge } from "./engine-tier-badge";
import { useResultWords } from "./result-words";

type Props = { result: ClassificationResult; headingLevel?: "h2" | "h3" };

// "Not determined yet": the highest tier still possible, never the floor tier alone, since that would look like the answer.
export function UndeterminedSummary({ result, headingLevel: H = "h3" }: Props) {
  const t = useTranslations("ResultLabels");
  const { undetermined } = useResultWords();
  return (
    <div
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-amber-950"
      data-testid="undetermined-summary"
    >
      <H className="text-base font-semibold">{t("notDetermined")}</H>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t("couldBeLabel")}</span> <EngineTierBadge tier={possibleTierOf(result)} />
      </p>
      <p className="mt-1 text-sm">{undetermined(result)}</p>
    </div>
  );
}
