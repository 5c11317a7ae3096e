"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DispositionBadge, LifecycleLabel, TierBadge } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import type { SystemRowDTO } from "@/lib/dal/system-list";
import { formatDate } from "@/lib/utils";

export const systemColumns: ColumnDef<SystemRowDTO>[] = [
  {
    id: "name",
    header: "Name",
    cell: ({ row }) => (
      <span className="flex flex-wrap items-center gap-2">
        <Link href={`/systems/${row.original.id}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
          {row.original.name}
        </Link>
        {row.original.isDraft && <Badge>Draft</Badge>}
      </span>
    ),
  },
  {
    id: "tier",
    header: "Classification",
    cell: ({ row }) => (
      <span className="flex flex-wrap gap-1.5">
        <TierBadge tier={row.original.tier} />
        <DispositionBadge disposition={row.original.disposition} />
      </span>
    ),
  },
  { id: "businessUnit", header: "Business unit", cell: ({ row }) => row.original.businessUnit || "—" },
  { id: "owner", header: "Owner", cell: ({ row }) => row.original.owner?.name ?? "—" },
  { id: "lifecycle", header: "Lifecycle", cell: ({ row }) => <LifecycleLabel stage={row.original.lifecycleStage} /> },
  { id: "vendor", header: "Vendor / provider", cell: ({ row }) => row.original.vendor || "—" },
  { id: "updatedAt", header: "Updated", cell: ({ row }) => <span className="whitespace-nowrap">{formatDate(row.original.updatedAt)}</span> },
];
