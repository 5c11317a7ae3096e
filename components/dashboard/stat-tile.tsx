import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

// A headline figure; the whole tile is the link to the items it counts.
export function StatTile({
  label,
  value,
  detail,
  href,
  className,
}: {
  label: string;
  value: ReactNode;
  detail: string;
  href: string;
  className?: string;
}) {
  return (
    <Link
      href={href}
      className={cn(
        "group block rounded-lg border border-slate-200 bg-white px-4 py-4 shadow-sm sm:px-5 hover:border-indigo-300 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
        className,
      )}
    >
      <span className="block text-sm font-medium text-slate-600">{label}</span>
      <span className="mt-1 block text-3xl font-semibold tracking-tight text-slate-900 tabular-nums group-hover:text-indigo-800">
        {value}
      </span>
      <span className="mt-1 block text-xs text-slate-600">{detail}</span>
    </Link>
  );
}
