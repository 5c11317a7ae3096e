import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { SYSTEM_SORTS } from "@/lib/validations/system-list";

export function SortHeader({ columnId, sort, hrefWith, children }: {
  columnId: string;
  sort: string;
  hrefWith: (changes: Record<string, string | undefined>) => string;
  children: ReactNode;
}) {
  if (!(SYSTEM_SORTS as readonly string[]).includes(columnId)) return <>{children}</>;
  const ascending = sort === columnId;
  const descending = sort === `-${columnId}`;
  const Icon = ascending ? ArrowUp : descending ? ArrowDown : ArrowUpDown;
  return (
    <Link href={hrefWith({ sort: ascending ? `-${columnId}` : columnId, page: undefined })} className="inline-flex items-center gap-1 hover:text-slate-900">
      {children}
      <Icon aria-hidden="true" className="h-3.5 w-3.5" />
    </Link>
  );
}
