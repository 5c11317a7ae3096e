import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { TierOrUndeterminedBadge } from "@/components/system-badges";
import type { ObligationListDTO } from "@/lib/dal/obligations/obligation-list";
import { formatDateIn } from "@/lib/i18n/format";
import { ruleText } from "@/lib/rules/i18n";
import { AppliesBadge, BlockingBadge, DueDate, roleLabel, StatusBadge } from "./obligation-badges";

export function obligationHref(row: { id: string; system: { id: string } }): string {
  return `/systems/${row.system.id}/obligations?open=${row.id}#obligation-${row.id}`;
}

// The obligations table's rows as cards for phones: the same facts (duty, system and tier, status, owner, due,
// applies), one card each. Shown below md only, so each width has exactly one list for screen readers.
export function ObligationCards({ rows, label }: { rows: ObligationListDTO["rows"]; label: string }) {
  const t = useTranslations("ObligationList");
  const locale = useLocale();
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 border-t border-slate-200 md:hidden">
      {rows.map((r) => (
        <li key={r.id} className="space-y-2 px-5 py-4">
          <Link
            href={obligationHref(r)}
            className="block font-medium text-indigo-800 underline-offset-2 hover:underline"
          >
            <span className="mr-1 font-mono text-xs">{r.article}</span> {ruleText(locale, r.title)}
          </Link>
          <p className="flex flex-wrap items-center gap-1.5 text-sm text-slate-700">
            <StatusBadge status={r.status} />
            {r.blocking && <BlockingBadge />}
            <span>{t("asRole", { role: roleLabel(locale, r.role) })}</span>
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("colSystem")}</dt>
            <dd className="min-w-0 space-y-1">
              <Link href={`/systems/${r.system.id}`} className="text-slate-900 underline-offset-2 hover:underline">
                {r.system.name}
              </Link>
              <span className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                <TierOrUndeterminedBadge system={r.system} />
                {r.system.businessUnit}
              </span>
            </dd>
            <dt className="text-slate-600">{t("colOwner")}</dt>
            <dd>{r.owner?.name ?? <span className="text-slate-600">{t("unassigned")}</span>}</dd>
            <dt className="text-slate-600">{t("colDue")}</dt>
            <dd>
              <DueDate dueDate={r.dueDate} status={r.status} />
            </dd>
            <dt className="text-slate-600">{t("colApplies")}</dt>
            <dd>
              <AppliesBadge appliesFrom={r.appliesFrom} />
              <span className="sr-only"> ({formatDateIn(locale, r.appliesFrom)})</span>
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
