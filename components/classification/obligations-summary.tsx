import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { obligationsByRole } from "@/lib/classification/describe-result";
import type { ClassificationResult } from "@/lib/rules";
import { useResultWords } from "./result-words";

// The duties the result derives, per role, with the article and the date each applies from.
export function ObligationsSummary({ result, compact = false }: { result: ClassificationResult; compact?: boolean }) {
  const t = useTranslations("ResultLabels");
  const { tr, date, role: roleName, roleInSentence } = useResultWords();
  const groups = obligationsByRole(result);
  if (groups.length === 0) return <p className="text-sm text-slate-600">{t("noObligations")}</p>;
  // Long lists start folded so the result stays readable; the obligations tab is where the work happens.
  const open = result.obligations.length <= 15;
  return (
    <div className="space-y-4">
      {groups.map(({ role, obligations }) => {
        const label = roleName(role);
        const now = obligations.filter((o) => o.appliesNow).length;
        const heading = (
          <>
            {t("asRole", { role: roleInSentence(role) })}{" "}
            <span className="font-normal text-slate-600">· {t("roleCount", { count: obligations.length, now })}</span>
          </>
        );
        return (
          <section key={role} aria-label={t("obligationsAs", { role: label })}>
            {compact ? (
              <h3 className="text-sm font-semibold text-slate-900">{heading}</h3>
            ) : (
              <details open={open} className="group">
                <summary className="cursor-pointer text-sm font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600">
                  {heading}
                </summary>
                <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
                  {obligations.map((o) => (
                    <li
                      key={o.code}
                      className="grid gap-1 px-3 py-2 text-sm sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4"
                    >
                      <span>
                        <span className="font-medium text-slate-900">{tr(o.title)}</span>
                        <span className="ml-2 text-xs text-slate-600">{o.article}</span>
                        {o.blocking && (
                          <Badge tone="red" className="ml-2">
                            {t("beforeUse")}
                          </Badge>
                        )}
                        {(o.notes ?? []).map((n) => (
                          <span key={n.code} className="mt-1 block text-xs text-slate-700">
                            <span className="font-medium">{t("note")}</span> {tr(n.text)}{" "}
                            <cite className="not-italic text-slate-600">({n.citation})</cite>
                          </span>
                        ))}
                      </span>
                      {o.appliesNow ? (
                        <Badge tone="orange">{t("appliesNow")}</Badge>
                      ) : (
                        <Badge tone="neutral">{t("fromDate", { date: date(o.appliesFrom) })}</Badge>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}
