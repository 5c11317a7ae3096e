import { useLocale, useTranslations } from "next-intl";
import { COLUMN_BY_FIELD, type ImportField } from "@/lib/import/columns";
import { ENUM_COLUMNS } from "@/lib/import/values";

// The allowed values of every column that takes a choice: the code or the label the form shows, either is accepted.
// Folded away by default, so the page stays short for those who start from the template; a list per column (not a
// table) so that long codes and labels wrap on a phone instead of scrolling sideways.
// The codes and labels are what the import reads, so they stay as the parser knows them (English labels).
export function AllowedValues() {
  const t = useTranslations("ImportMapping");
  const locale = useLocale();
  return (
    <details className="rounded-md border border-slate-200">
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-indigo-700 hover:text-indigo-900">
        {t("allowedSummary")}
      </summary>
      <div className="space-y-4 border-t border-slate-200 p-4">
        <p className="text-sm text-slate-700">
          {t("allowedIntro")} {locale !== "en" && `${t("allowedEnglish")} `}
          <a
            href="/systems/import/template?sheet=allowed-values"
            download
            className="font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            {t("allowedDownload")}
          </a>
        </p>
        <div className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
          {Object.entries(ENUM_COLUMNS).map(([field, column]) => {
            const header = COLUMN_BY_FIELD.get(field as ImportField)?.header ?? field;
            return (
              <section key={field} aria-labelledby={`allowed-${field}`} className="min-w-0 text-sm">
                <h3 id={`allowed-${field}`} className="font-mono font-medium break-words text-slate-900">
                  {header}
                  <span className="ml-2 font-sans text-xs font-normal text-slate-600">
                    {column.multi ? t("several") : t("one")}
                    {column.emptyAllowed ? t("orEmpty") : ""}
                  </span>
                </h3>
                <ul
                  aria-label={t("allowedOf", { column: header })}
                  // The 27 member states run on as a paragraph rather than a column 27 lines long.
                  className={column.choices.length > 10 ? "mt-1 flex flex-wrap gap-x-3 gap-y-0.5" : "mt-1 space-y-0.5"}
                >
                  {column.choices.map((c) => (
                    <li key={c.code} className="break-words text-slate-800">
                      <code className="font-mono text-slate-900">{c.code}</code>
                      {c.code !== c.label && <span className="text-slate-600"> · {c.label}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </details>
  );
}
