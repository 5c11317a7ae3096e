import { countPhrase } from "@/lib/plural";

// A labelled progress bar plus a polite live text, so screen-reader users hear progress without being interrupted.
export function ImportProgress({ dryRun, done, total }: { dryRun: boolean; done: number; total: number }) {
  const verb = dryRun ? "Checked" : "Imported";
  const text = total
    ? `${verb} ${done.toLocaleString("en")} of ${countPhrase(total, "row")}…`
    : dryRun
      ? "Checking the file…"
      : "Importing…";
  return (
    <div className="space-y-1.5">
      <progress
        className="h-2 w-full max-w-md accent-indigo-700"
        aria-label={dryRun ? "Check progress" : "Import progress"}
        max={total || 1}
        value={total ? done : undefined}
      />
      <p role="status" className="text-sm text-slate-700">
        {text}
      </p>
    </div>
  );
}
