import Link from "next/link";
import type { DeadlineView, SplitView } from "@/lib/dashboard/headline";
import { MILESTONES } from "@/lib/dashboard/milestones";
import { READINESS_COLORS } from "@/lib/dashboard/palette";
import { percent } from "@/lib/dashboard/view-model";
import { countPhrase, verbFor } from "@/lib/plural";
import { formatDate } from "@/lib/utils";

const link =
  "font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600";

const SPLIT_TEXT: Record<SplitView["key"], { title: string; what: string }> = {
  now: { title: "Due now", what: "duties whose application date has passed" },
  later: { title: "Starting later", what: "duties that begin to apply later" },
};

const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// What the dashboard leads with: the next date on which duties begin to apply and how much lands on it, then
// readiness split into the duties the law asks for now and those that start later. Every number is a link to
// exactly the obligations it counts.
export function ComingPanel({
  deadline,
  split,
  today,
}: {
  deadline: DeadlineView | null;
  split: SplitView[];
  today: string;
}) {
  return (
    <div className="grid gap-px overflow-hidden rounded-b-lg bg-slate-200 md:grid-cols-3">
      <div className="bg-white px-5 py-4" data-figure="next-deadline">
        <h3 className="text-sm font-medium text-slate-600">Next deadline</h3>
        {deadline ? (
          <>
            <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
              {formatDate(deadline.day)}
              <span className="ml-2 text-sm font-normal text-slate-600">
                in {countPhrase(daysFrom(today, deadline.day), "day")}
              </span>
            </p>
            <p className="mt-1 text-sm">
              <Link href={deadline.href} className={link} data-deadline-count={deadline.obligations}>
                {countPhrase(deadline.obligations, "duty", "duties")} across {countPhrase(deadline.systems, "system")}
              </Link>
              <span className="text-slate-600">
                {" "}
                {verbFor(deadline.obligations, "begin")} to apply;{" "}
                <Link href={deadline.openHref} className={link}>
                  {deadline.open} still open
                </Link>
              </span>
            </p>
            {MILESTONES[deadline.day] && <p className="mt-1 text-xs text-slate-600">{MILESTONES[deadline.day]}</p>}
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-700">No duty of these systems begins to apply later.</p>
        )}
      </div>
      {split.map((s) => (
        <SplitFigure key={s.key} part={s} />
      ))}
    </div>
  );
}

function SplitFigure({ part }: { part: SplitView }) {
  const text = SPLIT_TEXT[part.key];
  const pct = percent(part.done, part.applicable);
  return (
    <div className="bg-white px-5 py-4" data-figure={`readiness-${part.key}`}>
      <h3 className="text-sm font-medium text-slate-600">{text.title}</h3>
      <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">
        {part.applicable ? `${pct} % ready` : "—"}
      </p>
      <div
        className="mt-2 h-2 overflow-hidden rounded-full ring-1 ring-slate-400 ring-inset"
        style={{ backgroundColor: READINESS_COLORS.open }}
        aria-hidden="true"
      >
        <div className="h-full" style={{ width: `${pct}%`, backgroundColor: READINESS_COLORS.done }} />
      </div>
      <p className="mt-2 text-sm text-slate-700 tabular-nums">
        <Link href={part.doneHref} className={link} aria-label={`${part.done} ${text.what}: done`}>
          {part.done} done
        </Link>
        {" · "}
        <Link href={part.openHref} className={link} aria-label={`${part.open} ${text.what}: open`}>
          {part.open} open
        </Link>
        {" of "}
        <Link href={part.href} className={link} aria-label={`${part.applicable} ${text.what}`}>
          {countPhrase(part.applicable, "duty", "duties")}
        </Link>
      </p>
      <p className="mt-0.5 text-xs text-slate-600">{text.what[0]?.toUpperCase() + text.what.slice(1)}.</p>
    </div>
  );
}
