import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

// Obligations done out of those that apply; the bar is decoration, the numbers and the hidden sentence carry it.
export function ReadinessCell({ done, applicable }: { done: number; applicable: number }) {
  const t = useTranslations("Inventory");
  if (applicable === 0) return <span className="whitespace-nowrap text-slate-600">{t("readinessNone")}</span>;
  const share = Math.min(1, done / applicable);
  return (
    <span className="flex min-w-24 flex-col gap-1">
      <span className="whitespace-nowrap tabular-nums text-slate-900" aria-hidden="true">
        {done} / {applicable}
      </span>
      <span className="sr-only">{t("readinessDone", { done, applicable })}</span>
      <span aria-hidden="true" className="block h-1.5 w-20 overflow-hidden rounded-full bg-slate-200">
        <span
          className={cn("block h-full rounded-full", share === 1 ? "bg-emerald-600" : "bg-indigo-600")}
          style={{ width: `${Math.round(share * 100)}%` }}
        />
      </span>
    </span>
  );
}
