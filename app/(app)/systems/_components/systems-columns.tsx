import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ClassificationBadges, LifecycleLabel } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import type { SystemRowDTO } from "@/lib/dal/systems/system-list";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { SystemColumn } from "@/lib/validations/system-list";
import { useInventoryLabels } from "./filter-labels";
import { ReadinessCell } from "./readiness-cell";

export type SystemCell = (row: SystemRowDTO) => ReactNode;

/** What each column shows for a system, in the reader's language; the name is always shown, the rest as chosen. */
export function useSystemCells(): { name: SystemCell } & Record<SystemColumn, SystemCell> {
  const t = useTranslations("Inventory");
  const locale = useLocale() as Locale;
  const labels = useInventoryLabels();
  const none = (text: string) => <span className="text-slate-600">{text}</span>;
  return {
    name: (r) => (
      <span className="flex flex-wrap items-center gap-2">
        <Link href={`/systems/${r.id}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
          {r.name}
        </Link>
        {r.isDraft && <Badge>{t("draft")}</Badge>}
      </span>
    ),
    tier: (r) => <ClassificationBadges system={r} />,
    roles: (r) => (r.roles.length ? r.roles.map(labels.role).join(", ") : none("—")),
    readiness: (r) => <ReadinessCell done={r.obligationsDone} applicable={r.obligationsApplicable} />,
    businessUnit: (r) => r.businessUnit || "—",
    owner: (r) => r.owner?.name ?? none(t("noOwner")),
    lifecycle: (r) => <LifecycleLabel stage={r.lifecycleStage} />,
    vendor: (r) => r.vendor || "—",
    updatedAt: (r) => <span className="whitespace-nowrap">{formatDateIn(locale, r.updatedAt)}</span>,
  };
}
