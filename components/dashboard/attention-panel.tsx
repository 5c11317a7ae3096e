import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { NamedSystems } from "@/lib/dal/dashboard/dashboard";
import { cn } from "@/lib/utils";

const link =
  "text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600";

export type AttentionItem = {
  key: string;
  title: string;
  explanation: string;
  count: number | null;
  countLabel: string;
  href: string | null;
  systems?: NamedSystems;
  note?: ReactNode;
};

// One tile per thing a manager should chase. Zero reads as "all clear", not as missing data; a panel without
// data behind it says so instead of showing a number.
export function AttentionPanel({ items }: { items: AttentionItem[] }) {
  const t = useTranslations("DashboardParts");
  return (
    <ul className="grid gap-px overflow-hidden rounded-b-lg bg-slate-200 sm:grid-cols-2 xl:grid-cols-3">
      {items.map((item) => {
        const alert = item.count !== null && item.count > 0;
        return (
          <li key={item.key} data-attention={item.key} className="bg-white px-5 py-4">
            <div className="flex items-start justify-between gap-3">
              <h3 className="text-sm font-semibold text-slate-900">{item.title}</h3>
              {item.count !== null && (
                <Count value={item.count} href={item.href} label={`${item.count} ${item.countLabel}`} alert={alert} />
              )}
            </div>
            <p className="mt-1 text-xs text-slate-600">{item.explanation}</p>
            {item.systems && item.systems.examples.length > 0 && (
              <ul className="mt-2 text-sm">
                {item.systems.examples.map((s) => (
                  <li key={s.id} className="truncate">
                    <Link href={`/systems/${s.id}`} className={cn(link, "inline-block py-0.5 leading-5")}>
                      {s.name}
                    </Link>
                  </li>
                ))}
                {item.systems.total > item.systems.examples.length && (
                  <li className="text-xs text-slate-600">
                    {item.href ? (
                      // 20 px of text-xs line plus padding: the 24 px touch target WCAG 2.2 asks for (2.5.8).
                      <Link href={item.href} className={cn(link, "inline-block py-0.5 leading-5")}>
                        {t("andMore", { count: item.systems.total - item.systems.examples.length })}
                      </Link>
                    ) : (
                      t("andMore", { count: item.systems.total - item.systems.examples.length })
                    )}
                  </li>
                )}
              </ul>
            )}
            {item.note && <div className="mt-2 text-sm text-slate-700">{item.note}</div>}
          </li>
        );
      })}
    </ul>
  );
}

function Count({ value, href, label, alert }: { value: number; href: string | null; label: string; alert: boolean }) {
  const classes = cn(
    "inline-flex min-w-9 justify-center rounded-full px-2.5 py-0.5 text-sm font-semibold tabular-nums ring-1 ring-inset",
    alert ? "bg-red-50 text-red-800 ring-red-300" : "bg-emerald-50 text-emerald-900 ring-emerald-300",
  );
  if (!href) return <span className={classes}>{value}</span>;
  return (
    <Link
      href={href}
      aria-label={label}
      className={cn(
        classes,
        "hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
      )}
    >
      {value}
    </Link>
  );
}
