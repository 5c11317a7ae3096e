import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ControlObligationDTO } from "@/lib/dal/standards/drill-down";
import type { FrameworkId } from "@/lib/standards";
import type { ControlCoverage, TargetStatus } from "@/lib/standards/coverage";
import { controlGroupIn, controlTitleIn } from "@/lib/standards/i18n";
import { targetDetailIn, targetLabelIn } from "@/lib/standards/i18n/details";
import { ruleText } from "@/lib/rules/i18n";
import type { ObligationStatusCode } from "@/lib/validations/obligation";
import { StatusBadge } from "./status";

const TARGET_TONE: Record<TargetStatus, "green" | "amber" | "red" | "blue"> = {
  evidenced: "green",
  partial: "amber",
  gap: "red",
  none: "blue",
};
const TARGET_WORD = {
  evidenced: "targetEvidenced",
  partial: "targetPartial",
  gap: "targetGap",
  none: "targetNone",
} as const satisfies Record<TargetStatus, string>;
// The obligation statuses' names (ObligationStatus, as the obligation badges word them).
const STATUS_KEY = {
  NOT_STARTED: "notStarted",
  IN_PROGRESS: "inProgress",
  DONE: "done",
  NOT_APPLICABLE: "notApplicable",
} as const satisfies Record<ObligationStatusCode, string>;

// One control opened from the table: what evidences it and how far, the duties behind it (each linking to its
// system's obligations tab, opened at that duty), and the Statement of Applicability decision (`decision`).
export async function ControlDetail(props: {
  framework: FrameworkId;
  coverage: ControlCoverage;
  obligations: { rows: ControlObligationDTO[]; total: number };
  closeHref: string;
  decision: ReactNode;
}) {
  const { control, status, targets } = props.coverage;
  const [t, locale] = await Promise.all([getTranslations("StandardsFramework"), getLocale()]);
  return (
    <Card className="mb-6" aria-labelledby="control-detail-title">
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
        <div>
          <h2 id="control-detail-title" className="text-base font-semibold text-slate-900">
            <span className="font-mono">{control.id}</span> · {controlTitleIn(locale, props.framework, control)}
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">{controlGroupIn(locale, props.framework, control)}</p>
        </div>
        <div className="flex items-center gap-3">
          <StatusBadge status={status} />
          <Link href={props.closeHref} className="text-sm font-medium text-indigo-700 underline">
            {t("close")}
          </Link>
        </div>
      </div>
      <CardBody className="space-y-5">
        {targets.length === 0 ? (
          <p className="text-sm text-slate-700">{t("notCoveredBody")}</p>
        ) : (
          <ul className="space-y-2">
            {targets.map((target, i) => (
              <li key={i} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                <Badge tone={TARGET_TONE[target.status]}>{t(TARGET_WORD[target.status])}</Badge>
                <span className="font-medium text-slate-900">{targetLabelIn(locale, target.target)}</span>
                <span className="text-slate-600">{targetDetailIn(locale, target)}</span>
              </li>
            ))}
          </ul>
        )}
        {props.obligations.total > 0 && <Duties {...props.obligations} />}
        {props.decision}
      </CardBody>
    </Card>
  );
}

async function Duties({ rows, total }: { rows: ControlObligationDTO[]; total: number }) {
  const [t, status, locale] = await Promise.all([
    getTranslations("StandardsFramework"),
    getTranslations("ObligationStatus"),
    getLocale(),
  ]);
  const caption = total > rows.length ? t("dutiesFirst", { shown: rows.length, total }) : t("duties");
  return (
    <Table caption={caption} showCaption tableClassName="min-w-[36rem]">
      <TableHead>
        <Th>{t("colSystem")}</Th>
        <Th>{t("colObligation")}</Th>
        <Th>{t("colStatus")}</Th>
        <Th className="text-right">{t("colEvidence")}</Th>
      </TableHead>
      <TableBody>
        {rows.map((o) => (
          <tr key={o.id}>
            <td className="px-3 py-2">
              <Link
                href={`/systems/${o.systemId}/obligations?open=${o.id}#obligation-${o.id}`}
                className="font-medium text-indigo-700 underline-offset-2 hover:underline"
              >
                {o.systemName}
              </Link>
            </td>
            <td className="px-3 py-2 text-slate-900">
              {ruleText(locale, o.title)} <span className="text-xs text-slate-600">({o.article})</span>
            </td>
            <td className="px-3 py-2">{status(STATUS_KEY[o.status])}</td>
            <td className="px-3 py-2 text-right tabular-nums">{o.evidence}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
