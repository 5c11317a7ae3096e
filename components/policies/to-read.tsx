import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PolicyToReadDTO } from "@/lib/dal/policies/acknowledgements";
import { formatDateIn } from "@/lib/i18n/format";
import { getPolicyLabels } from "./policy-labels";

// The caller's reading list: each published policy addressed to them, to open and acknowledge on its page.
export async function PoliciesToRead({ rows }: { rows: PolicyToReadDTO[] }) {
  const [t, labels, locale] = await Promise.all([getTranslations("Policies"), getPolicyLabels(), getLocale()]);
  if (rows.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noneToRead")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r) => (
        <li key={r.versionId} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3">
          <div>
            <Link className="font-medium text-indigo-700 underline" href={`/policies/${r.policyId}`}>
              {r.title}
            </Link>
            <div className="text-xs text-slate-600">
              {labels.kind(r.kind)} ·{" "}
              {t("readingMeta", { number: r.number, date: formatDateIn(locale, r.publishedAt) })}
            </div>
          </div>
          {r.acknowledgedAt ? (
            <Badge tone="green">{t("acknowledgedOn", { date: formatDateIn(locale, r.acknowledgedAt) })}</Badge>
          ) : (
            <Badge tone="amber">{t("toRead")}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
