import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { LinkedRisk } from "@/lib/dal/risks/event-links";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

// The risks an incident or a breach opened or re-scored, newest first: the trace the register keeps of it. Each links
// to the risk in its system's register (its edit form for people who may change it).
export function LinkedRiskList({
  risks,
  editable,
  heading,
}: {
  risks: LinkedRisk[];
  editable: boolean;
  heading: string;
}) {
  const t = useTranslations("LinkedRisks");
  const locale = useLocale() as Locale;
  if (risks.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-900">{heading}</h3>
      <ul className="mt-2 space-y-1.5 text-sm text-slate-700">
        {risks.map((r, i) => (
          <li key={`${r.riskId}-${i}`} className="break-words">
            <Link
              href={`/systems/${r.systemId}/risks${editable ? `?edit=${r.riskId}#risk-form` : "#risk-register"}`}
              className="text-indigo-800 underline underline-offset-2"
            >
              {r.title}
            </Link>{" "}
            <span className="text-slate-600">{t("how", { how: r.how, at: formatDateTimeIn(locale, r.at) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
