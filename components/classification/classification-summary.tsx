import { DispositionBadge, TierBadge } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ClassificationSummaryDTO } from "@/lib/dal/classification/classification";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { formatDateTime } from "@/lib/utils";
import type { TierCode } from "@/lib/validations/system-fields";
import { nounFor } from "@/lib/plural";

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
  // With nothing stored yet, the classification tab has nothing to show but a link on: go straight to the questions.
  const start = !s.tier && canRun;
  const href = start ? `/systems/${systemId}/classify` : `/systems/${systemId}/classification`;
  return (
    <Card>
      <CardHeader title="Classification" />
      <CardBody className="space-y-3 text-sm text-slate-700">
        {s.tier ? (
          <>
            <p className="flex flex-wrap items-center gap-2">
              {s.disposition === "UNDETERMINED" ? (
                // The stored tier is only a floor while questions are open: never show it alone.
                <>
                  <Badge tone="amber">Not determined yet</Badge>
                  <span className="text-slate-700">could be</span>
                  <TierBadge tier={(s.possibleTier ?? s.tier) as TierCode} />
                </>
              ) : (
                <>
                  <TierBadge tier={s.tier as TierCode} />
                  <DispositionBadge disposition={s.disposition === "REQUIRES_REVIEW" ? "REQUIRES_REVIEW" : "FINAL"} />
                </>
              )}
              {s.overridden && <Badge tone="violet">Overridden by legal</Badge>}
              {s.stale && <Badge tone="amber">Out of date</Badge>}
            </p>
            <p>
              <span className="text-slate-600">{nounFor(s.roles.length, "Role")}: </span>
              {s.roles.length ? s.roles.map((r) => ROLE_LABELS[r as Role] ?? r).join(", ") : "none"}
            </p>
            <p className="text-slate-600">
              Run {s.runSequence}, {formatDateTime(s.classifiedAt)}
              {s.classifiedByName ? ` by ${s.classifiedByName}` : ""}.
            </p>
          </>
        ) : (
          <p>Not classified yet.{s.hasDraft ? " A questionnaire has been started and saved." : ""}</p>
        )}
        <ButtonLink href={href} variant={start ? "primary" : "secondary"} className="w-full">
          {s.tier
            ? "View classification"
            : start
              ? s.hasDraft
                ? "Resume classification"
                : "Start classification"
              : "View classification"}
        </ButtonLink>
      </CardBody>
    </Card>
  );
}
