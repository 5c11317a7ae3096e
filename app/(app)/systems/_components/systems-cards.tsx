import Link from "next/link";
import type { ReactNode } from "react";
import { ClassificationBadges, LifecycleLabel } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import type { SystemRowDTO } from "@/lib/dal/systems/system-list";
import { useLocale, useTranslations } from "next-intl";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { SystemColumn, SystemListQuery } from "@/lib/validations/system-list";
import { useInventoryLabels } from "./filter-labels";
import { ReadinessCell } from "./readiness-cell";

const none = (text: string) => <span className="text-slate-600">{text}</span>;
type Fact = Exclude<SystemColumn, "tier">;

function useFacts(): Record<Fact, (row: SystemRowDTO) => ReactNode> {
  const t = useTranslations("Inventory");
  const locale = useLocale() as Locale;
  const labels = useInventoryLabels();
  return {
    roles: (r) => (r.roles.length ? r.roles.map(labels.role).join(", ") : none("—")),
    readiness: (r) => <ReadinessCell done={r.obligationsDone} applicable={r.obligationsApplicable} />,
    businessUnit: (r) => r.businessUnit || "—",
    owner: (r) => r.owner?.name ?? none(t("noOwner")),
    lifecycle: (r) => <LifecycleLabel stage={r.lifecycleStage} />,
    vendor: (r) => r.vendor || "—",
    updatedAt: (r) => formatDateIn(locale, r.updatedAt),
  };
}

// The table's rows as cards, for widths where seven columns cannot fit: the same columns (as chosen in "Columns"),
// one card per system. Shown below md only, so each width has exactly one list for screen readers.
export function SystemsCards({ rows, query, label }: { rows: SystemRowDTO[]; query: SystemListQuery; label: string }) {
  const t = useTranslations("Inventory");
  const labels = useInventoryLabels();
  const FACTS = useFacts();
  const facts = query.cols.filter((c): c is Fact => c !== "tier");
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 border-t border-slate-200 md:hidden">
      {rows.map((row) => (
        <li key={row.id} className="space-y-2 px-5 py-4">
          <p className="flex flex-wrap items-center gap-2">
            <Link
              href={`/systems/${row.id}`}
              className="font-medium text-indigo-800 underline-offset-2 hover:underline"
            >
              {row.name}
            </Link>
            {row.isDraft && <Badge>{t("draft")}</Badge>}
          </p>
          {query.cols.includes("tier") && <ClassificationBadges system={row} />}
          {facts.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {facts.map((column) => (
                <div key={column} className="contents">
                  <dt className="text-slate-600">{labels.column(column)}</dt>
                  <dd className="min-w-0 break-words text-slate-900">{FACTS[column](row)}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
