"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { ClassificationBadges, LifecycleLabel } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import type { SystemRowDTO } from "@/lib/dal/systems/system-list";
import { useLocale, useTranslations } from "next-intl";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useInventoryLabels } from "./filter-labels";
import { ReadinessCell } from "./readiness-cell";
import { SelectAllCheckbox, SelectRowCheckbox } from "./select-checkboxes";

/** The table's columns, headed in the reader's language. */
export function useSystemColumns(): ColumnDef<SystemRowDTO>[] {
  const t = useTranslations("Inventory");
  const locale = useLocale() as Locale;
  const labels = useInventoryLabels();
  return [
    {
      id: "select",
      header: ({ table }) => <SelectAllCheckbox table={table} />,
      cell: ({ row }) => <SelectRowCheckbox row={row} />,
    },
    {
      id: "name",
      header: t("columnName"),
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-2">
          <Link
            href={`/systems/${row.original.id}`}
            className="font-medium text-indigo-800 underline-offset-2 hover:underline"
          >
            {row.original.name}
          </Link>
          {row.original.isDraft && <Badge>{t("draft")}</Badge>}
        </span>
      ),
    },
    {
      id: "tier",
      header: labels.column("tier"),
      cell: ({ row }) => <ClassificationBadges system={row.original} />,
    },
    {
      id: "roles",
      header: labels.column("roles"),
      cell: ({ row }) =>
        row.original.roles.length ? (
          row.original.roles.map(labels.role).join(", ")
        ) : (
          <span className="text-slate-600">—</span>
        ),
    },
    {
      id: "readiness",
      header: labels.column("readiness"),
      cell: ({ row }) => (
        <ReadinessCell done={row.original.obligationsDone} applicable={row.original.obligationsApplicable} />
      ),
    },
    { id: "businessUnit", header: labels.column("businessUnit"), cell: ({ row }) => row.original.businessUnit || "—" },
    {
      id: "owner",
      header: labels.column("owner"),
      cell: ({ row }) => row.original.owner?.name ?? <span className="text-slate-600">{t("noOwner")}</span>,
    },
    {
      id: "lifecycle",
      header: labels.column("lifecycle"),
      cell: ({ row }) => <LifecycleLabel stage={row.original.lifecycleStage} />,
    },
    { id: "vendor", header: labels.column("vendor"), cell: ({ row }) => row.original.vendor || "—" },
    {
      id: "updatedAt",
      header: labels.column("updatedAt"),
      cell: ({ row }) => <span className="whitespace-nowrap">{formatDateIn(locale, row.original.updatedAt)}</span>,
    },
  ];
}
