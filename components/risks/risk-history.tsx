import { useLocale, useTranslations } from "next-intl";
import { actorLabelIn } from "@/lib/audit/actor-label";
import type { RiskHistoryEntry } from "@/lib/dal/risks/history";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { asRiskOriginRef, riskOriginIn } from "@/lib/risks/origin";

const ACTIONS = {
  "risk.created": "created",
  "risk.updated": "updated",
  "risk.accepted": "accepted",
  "risk.obligation_linked": "linked",
  "risk.obligation_unlinked": "unlinked",
} as const;
const isKnown = (action: string): action is keyof typeof ACTIONS => action in ACTIONS;

// The snapshot's keys (lib/dal/risks/internal/risk-dto.ts) as the risk form labels them; another keeps its code.
const FIELD_LABELS = {
  title: "title",
  description: "description",
  affectedPersons: "affectedPersons",
  fundamentalRights: "rights",
  source: "source",
  likelihood: "likelihood",
  impact: "impact",
  residualLikelihood: "residualLikelihood",
  residualImpact: "residualImpact",
  treatment: "treatment",
  mitigation: "mitigation",
  ownerId: "owner",
  nextReviewDate: "nextReview",
  status: "status",
} as const;
type Change = { field: string; from?: string; to: string };

// What changed, from the audit event: "likelihood 4 → 2". Values are short scalars or a line of text.
function changes(before: unknown, after: unknown): Change[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v).slice(0, 80));
  return (
    [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((k) => k !== "obligationId" && k !== "rescoredFrom" && k !== "rescoredFromRef")
      // A new risk's empty fields say nothing; a change to or from empty still shows.
      .filter((k) => (k in b && k in a) || show(k in a ? a[k] : b[k]) !== "—")
      .map((k) =>
        k in b && k in a
          ? { field: k, from: show(b[k]), to: show(a[k]) }
          : { field: k, to: show(k in a ? a[k] : b[k]) },
      )
  );
}

// A re-score from an incident or a breach names it in the audit entry (lib/dal/risks/risks.ts): in the reader's
// language from the reference kept beside the words, or the English words of an entry written before it was kept.
function rescoredFrom(after: unknown, locale: Locale): string | null {
  const a = after && typeof after === "object" ? (after as Record<string, unknown>) : {};
  const ref = asRiskOriginRef(a.rescoredFromRef);
  if (ref) return riskOriginIn(locale, ref);
  return typeof a.rescoredFrom === "string" ? a.rescoredFrom : null;
}

// The risk's history is its slice of the organisation's audit trail (newest first).
export function RiskHistory({ entries }: { entries: RiskHistoryEntry[] }) {
  const t = useTranslations("RiskHistory");
  const label = useTranslations("RiskFields");
  const locale = useLocale() as Locale;
  const fieldName = (key: string) =>
    key in FIELD_LABELS ? label(FIELD_LABELS[key as keyof typeof FIELD_LABELS]) : key;
  const line = (c: Change) =>
    c.from === undefined
      ? t("value", { field: fieldName(c.field), value: c.to })
      : t("change", { field: fieldName(c.field), from: c.from, to: c.to });
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol className="space-y-3 text-sm">
      {entries.map((e, i) => (
        <li key={i}>
          <p className="font-medium text-slate-900">
            {isKnown(e.action) ? t(ACTIONS[e.action]) : e.action}{" "}
            <span className="font-normal text-slate-600">
              {t("by", { actor: actorLabelIn(locale, e.actorLabel), at: formatDateTimeIn(locale, e.createdAt) })}
            </span>
          </p>
          <ul className="mt-1 space-y-0.5 break-words text-slate-700">
            {rescoredFrom(e.after, locale) && <li>{t("rescoredFrom", { origin: rescoredFrom(e.after, locale)! })}</li>}
            {changes(e.before, e.after).map((c) => (
              <li key={c.field}>{line(c)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
