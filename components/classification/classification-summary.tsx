import { useLocale, useTranslations } from "next-intl";
import { DispositionBadge, TierBadge } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ClassificationSummaryDTO } from "@/lib/dal/classification/classification";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { TierCode } from "@/lib/validations/system-fields";

// Compact classification state for a system's overview page; links to the full classification tab.
export function ClassificationSummary({
  systemId,
  summary: s,
  canRun,
}: {
  systemId: string;
  summary: ClassificationSummaryDTO;
  canRun: boolean;
}) {
  const t = useTranslations("ClassificationSummaryCard");
  const locale = useLocale();
  // With nothing stored yet, the classification tab has nothing to show but a link on: go straight to the questions.
  const start = !s.tier && canRun;
  const href = start ? `/systems/${systemId}/classify` : `/systems/${systemId}/classification`;
  return (
    <Card>
      <CardHeader title={t("title")} />
      <CardBody className="space-y-3 text-sm text-slate-700">
        {s.tier ? (
          <>
            <p className="flex flex-wrap items-center gap-2">
              {s.disposition === "UNDETERMINED" ? (
                // The stored tier is only a floor while questions are open: never show it alone.
                <>
                  <Badge tone="amber">{t("notDetermined")}</Badge>
                  <span className="text-slate-700">{t("couldBe")}</span>
                  <TierBadge tier={(s.possibleTier ?? s.tier) as TierCode} />
                </>
              ) : (
                <>
                  <TierBadge tier={s.tier as TierCode} />
                  <DispositionBadge disposition={s.disposition === "REQUIRES_REVIEW" ? "REQUIRES_REVIEW" : "FINAL"} />
                </>
              )}
              {s.overridden && <Badge tone="violet">{t("overridden")}</Badge>}
              {s.stale && <Badge tone="amber">{t("outOfDate")}</Badge>}
            </p>
            <p>
              <span className="text-slate-600">{t("roles", { count: s.roles.length })}: </span>
              {s.roles.length
                ? s.roles.map((r) => (r in ROLE_LABELS ? ruleText(locale, ROLE_LABELS[r as Role]) : r)).join(", ")
                : t("none")}
            </p>
            <p className="text-slate-600">
              {s.classifiedByName
                ? t("runBy", {
                    sequence: s.runSequence ?? "",
                    date: formatDateTimeIn(locale, s.classifiedAt),
                    name: s.classifiedByName,
                  })
                : t("run", { sequence: s.runSequence ?? "", date: formatDateTimeIn(locale, s.classifiedAt) })}
            </p>
          </>
        ) : (
          <p>
            {t("notClassified")}
            {s.hasDraft ? t("draft") : ""}
          </p>
        )}
        <ButtonLink href={href} variant={start ? "primary" : "secondary"} className="w-full">
          {s.tier ? t("view") : start ? (s.hasDraft ? t("resume") : t("start")) : t("view")}
        </ButtonLink>
      </CardBody>
    </Card>
  );
}
