import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ControlStatus, FrameworkSummary } from "@/lib/standards/coverage";
import { cn } from "@/lib/utils";

// One colour per control status, shared by the badges, the bars and their legend, so a colour means one thing.
const TONES: Record<ControlStatus, BadgeTone> = {
  evidenced: "green",
  partial: "amber",
  gap: "red",
  nothing: "blue",
  unmapped: "neutral",
  excluded: "violet",
};
const FILLS: Record<ControlStatus, string> = {
  evidenced: "bg-emerald-600",
  partial: "bg-amber-400",
  gap: "bg-red-600",
  nothing: "bg-sky-300",
  unmapped: "bg-slate-300",
  excluded: "bg-violet-300",
};
// The legend's words: the labels in lower case where they run on after a number ("22 partly evidenced").
const LEGEND_KEY = {
  evidenced: "legendEvidenced",
  partial: "legendPartial",
  gap: "legendGap",
  nothing: "legendNothing",
  unmapped: "legendUnmapped",
  excluded: "legendExcluded",
} as const satisfies Record<ControlStatus, string>;
// The badge's words (lib/standards/coverage's CONTROL_STATUS_LABELS, in the reader's language).
const LABEL_KEY = {
  evidenced: "evidenced",
  partial: "partial",
  gap: "gap",
  nothing: "nothing",
  unmapped: "unmapped",
  excluded: "excluded",
} as const satisfies Record<ControlStatus, string>;
export const STATUS_ORDER: ControlStatus[] = ["evidenced", "partial", "gap", "nothing", "unmapped", "excluded"];

export async function StatusBadge({ status }: { status: ControlStatus }) {
  const t = await getTranslations("StandardsStatus");
  return <Badge tone={TONES[status]}>{t(LABEL_KEY[status])}</Badge>;
}

/** A stacked bar of the framework's controls by status, with a legend that carries the numbers (the bar is decoration). */
export async function CoverageBar({ summary, className }: { summary: FrameworkSummary; className?: string }) {
  const t = await getTranslations("StandardsStatus");
  const shown = STATUS_ORDER.filter((s) => summary[s] > 0);
  return (
    <div className={className}>
      <div aria-hidden="true" className="flex h-3 w-full overflow-hidden rounded-full bg-slate-100">
        {shown.map((s) => (
          <div key={s} className={FILLS[s]} style={{ width: `${(summary[s] / summary.controls) * 100}%` }} />
        ))}
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-sm text-slate-700">
        {shown.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cn("inline-block h-2.5 w-2.5 rounded-sm", FILLS[s])} />
            <span className="font-semibold tabular-nums text-slate-900">{summary[s]}</span>{" "}
            {t(LEGEND_KEY[s], { count: summary[s] })}
          </li>
        ))}
      </ul>
    </div>
  );
}
