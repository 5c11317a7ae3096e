import { useLocale, useTranslations } from "next-intl";
import type { RiskHistoryEntry } from "@/lib/dal/risks/history";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

const ACTIONS = {
  "risk.created": "created",
  "risk.updated": "updated",
  "risk.accepted": "accepted",
  "risk.obligation_linked": "linked",
  "risk.obligation_unlinked": "unlinked",
} as const;
const isKnown = (action: string): action is keyof typeof ACTIONS => action in ACTIONS;

// What changed, in the audit event's own words: "likelihood 4 → 2". Values are short scalars or a line of text.
function changes(before: unknown, after: unknown): string[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v).slice(0, 80));
  return (
    [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((k) => k !== "obligationId" && k !== "rescoredFrom")
      // A new risk's empty fields say nothing; a change to or from empty still shows.
      .filter((k) => (k in b && k in a) || show(k in a ? a[k] : b[k]) !== "—")
      .map((k) => (k in b && k in a ? `${k}: ${show(b[k])} → ${show(a[k])}` : `${k}: ${show(k in a ? a[k] : b[k])}`))
  );
}

// A re-score from an incident or a breach names it in the audit entry (lib/dal/risks/risks.ts).
function rescoredFrom(after: unknown): string | null {
  const v = after && typeof after === "object" ? (after as Record<string, unknown>).rescoredFrom : null;
  return typeof v === "string" ? v : null;
}

// The risk's history is its slice of the organisation's audit trail (newest first).
export function RiskHistory({ entries }: { entries: RiskHistoryEntry[] }) {
  const t = useTranslations("RiskHistory");
  const locale = useLocale() as Locale;
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol className="space-y-3 text-sm">
      {entries.map((e, i) => (
        <li key={i}>
          <p className="font-medium text-slate-900">
            {isKnown(e.action) ? t(ACTIONS[e.action]) : e.action}{" "}
            <span className="font-normal text-slate-600">
              {t("by", { actor: e.actorLabel, at: formatDateTimeIn(locale, e.createdAt) })}
            </span>
          </p>
          <ul className="mt-1 space-y-0.5 break-words text-slate-700">
            {rescoredFrom(e.after) && <li>{t("rescoredFrom", { origin: rescoredFrom(e.after)! })}</li>}
            {changes(e.before, e.after).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
