import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CONTROL_STATUS_LABELS, type ControlStatus, type FrameworkSummary } from "@/lib/standards/coverage";
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
const LEGEND: Record<ControlStatus, string> = {
  evidenced: "fully evidenced",
  partial: "partly evidenced",
  gap: "gap",
  nothing: "nothing to evidence yet",
  unmapped: "not covered by Actlas records",
  excluded: "excluded",
};
export const STATUS_ORDER: ControlStatus[] = ["evidenced", "partial", "gap", "nothing", "unmapped", "excluded"];

export function StatusBadge({ status }: { status: ControlStatus }) {
  return <Badge tone={TONES[status]}>{CONTROL_STATUS_LABELS[status]}</Badge>;
}

/** A stacked bar of the framework's controls by status, with a legend that carries the numbers (the bar is decoration). */
export function CoverageBar({ summary, className }: { summary: FrameworkSummary; className?: string }) {
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
            {s === "gap" && summary.gap !== 1 ? "gaps" : LEGEND[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
