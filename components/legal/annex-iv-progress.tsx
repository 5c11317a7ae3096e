import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { AnnexIvProgress } from "@/lib/dal/legal-records/legal-records";
import type { Locale } from "@/lib/i18n/locales";
import { ANNEX_IV_SECTION_COUNT } from "@/lib/legal/annex-iv";
import { legalText } from "@/lib/legal/i18n";

// "n of 9 complete", a bar, the missing sections by name, then every section with its state and owner.
export function AnnexIvProgressList({ systemId, sections }: { systemId: string; sections: AnnexIvProgress[] }) {
  const t = useTranslations("LegalRecordStatus");
  const locale = useLocale() as Locale;
  const title = (english: string) => legalText(locale, english);
  const done = sections.filter((s) => s.complete).length;
  const missing = sections.filter((s) => !s.complete);
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-900">
          {t("sectionsComplete", { done, total: ANNEX_IV_SECTION_COUNT })}
        </p>
        <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <div
            className="h-full rounded-full bg-indigo-700"
            style={{ width: `${(done / ANNEX_IV_SECTION_COUNT) * 100}%` }}
          />
        </div>
        {missing.length > 0 && (
          <p className="text-sm text-slate-700">
            <span className="font-medium">{t("missingList")}</span>{" "}
            {missing.map((s) => `${s.number}. ${title(s.title)}`).join("; ")}.
          </p>
        )}
      </div>
      <ol className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label={t("sectionsLabel")}>
        {sections.map((s) => (
          <li key={s.number} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link
              href={`/systems/${systemId}/documentation/annex-iv/${s.number}`}
              className="text-sm font-medium text-indigo-800 underline-offset-2 hover:underline"
            >
              {t("section", { number: s.number, title: title(s.title) })}
            </Link>
            <span className="flex items-center gap-3 text-sm text-slate-600">
              {s.ownerName && <span>{s.ownerName}</span>}
              {s.complete ? (
                <Badge tone="green">{t("complete")}</Badge>
              ) : s.updatedAt ? (
                <Badge>{t("draft")}</Badge>
              ) : (
                <Badge tone="amber">{t("missing")}</Badge>
              )}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
