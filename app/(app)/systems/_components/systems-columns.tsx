"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { ClassificationBadges, LifecycleLabel } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import type { SystemRowDTO } from "@/lib/dal/systems/system-list";
import { ROLE_LABELS } from "@/lib/rules/labels";
import { formatDate } from "@/lib/utils";
import { COLUMN_LABELS } from "./filter-labels";
import { ReadinessCell } from "./readiness-cell";
import { SelectAllCheckbox, SelectRowCheckbox } from "./select-checkboxes";

const roleLabel = (role: string) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role;

export const systemColumns: ColumnDef<SystemRowDTO>[] = [
  {
    id: "select",
    header: ({ table }) => <SelectAllCheckbox table={table} />,
    cell: ({ row }) => <SelectRowCheckbox row={row} />,
  },
  {
    id: "name",
    header: "Name",
    cell: ({ row }) => (
      <span className="flex flex-wrap items-center gap-2">
        <Link
          href={`/systems/${row.original.id}`}
          className="font-medium text-indigo-800 underline-offset-2 hover:underline"
        >
          {row.original.name}
        </Link>
        {row.original.isDraft && <Badge>Draft</Badge>}
      </span>
    ),
  },
  {
    id: "tier",
    header: COLUMN_LABELS.tier,
    cell: ({ row }) => <ClassificationBadges system={row.original} />,
  },
  {
    id: "roles",
    header: COLUMN_LABELS.roles,
    cell: ({ row }) =>
      row.original.roles.length ? (
        row.original.roles.map(roleLabel).join(", ")
      ) : (
        <span className="text-slate-600">—</span>
      ),
  },
  {
    id: "readiness",
    header: COLUMN_LABELS.readiness,
    cell: ({ row }) => (
      <ReadinessCell done={row.original.obligationsDone} applicable={row.original.obligationsApplicable} />
    ),
  },
  { id: "businessUnit", header: COLUMN_LABELS.businessUnit, cell: ({ row }) => row.original.businessUnit || "—" },
  {
    id: "owner",
    header: COLUMN_LABELS.owner,
    cell: ({ row }) => row.original.owner?.name ?? <span className="text-slate-600">No owner</span>,
  },
  {
    id: "lifecycle",
    header: COLUMN_LABELS.lifecycle,
    cell: ({ row }) => <LifecycleLabel stage={row.original.lifecycleStage} />,
  },
  { id: "vendor", header: COLUMN_LABELS.vendor, cell: ({ row }) => row.original.vendor || "—" },
  {
    id: "updatedAt",
    header: COLUMN_LABELS.updatedAt,
    cell: ({ row }) => <span className="whitespace-nowrap">{formatDate(row.original.updatedAt)}</span>,
  },
];
