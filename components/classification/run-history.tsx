import { TierBadge } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { RunSummaryDTO } from "@/lib/dal/classification";
import type { TierCode } from "@/lib/validations/system-fields";
import { dispositionLabel } from "@/lib/classification/result-status";
import { formatDateTime } from "@/lib/utils";

// While a run is not determined yet its stored tier is only a floor: show the highest tier still possible instead.
function RunTier({ run }: { run: RunSummaryDTO & { possibleTier?: string | null } }) {
  if (run.disposition !== "UNDETERMINED") return <TierBadge tier={run.tier as TierCode} />;
  if (!run.possibleTier) return <Badge tone="amber">Not determined yet</Badge>;
  return <span className="text-xs text-slate-700">could be <TierBadge tier={run.possibleTier as TierCode} /></span>;
}

export const runLabel = (r: RunSummaryDTO) => `Run ${r.sequence} (${formatDateTime(r.createdAt)})`;

// Every stored run, newest first, and a plain GET form to choose two of them to compare.
export function RunHistory({ runs, currentRunId, from, to }: { runs: RunSummaryDTO[]; currentRunId: string | null; from?: string; to?: string }) {
  return (
    <div>
      {/* At phone width the table scrolls on its own (and takes keyboard focus for it) instead of the whole page. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Classification runs table">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Classification runs, newest first</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
          <tr><th scope="col" className="px-5 py-2">Run</th><th scope="col" className="px-3 py-2">When</th><th scope="col" className="px-3 py-2">By</th><th scope="col" className="px-3 py-2">Tier</th><th scope="col" className="px-3 py-2">Disposition</th><th scope="col" className="px-3 py-2">Rule set</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((r) => (
            <tr key={r.id}>
              <td className="px-5 py-2 font-medium text-slate-900">#{r.sequence}{r.id === currentRunId && <Badge tone="violet" className="ml-2">Current</Badge>}</td>
              <td className="px-3 py-2 text-slate-700">{formatDateTime(r.createdAt)}</td>
              <td className="px-3 py-2 text-slate-700">{r.createdByName ?? "—"}</td>
              <td className="px-3 py-2"><RunTier run={r} /></td>
              <td className="px-3 py-2 text-slate-700">{dispositionLabel(r.disposition)}</td>
              <td className="px-3 py-2 font-mono text-xs text-slate-700">{r.ruleSetId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {runs.length > 1 && (
        <form method="get" className="flex flex-wrap items-end gap-3 border-t border-slate-200 px-5 py-4" aria-label="Compare two runs">
          <div className="space-y-1">
            <label htmlFor="diff-from" className="block text-sm font-medium text-slate-800">Compare</label>
            <Select id="diff-from" name="from" defaultValue={from}>{runs.map((r) => <option key={r.id} value={r.id}>{runLabel(r)}</option>)}</Select>
          </div>
          <div className="space-y-1">
            <label htmlFor="diff-to" className="block text-sm font-medium text-slate-800">with</label>
            <Select id="diff-to" name="to" defaultValue={to}>{runs.map((r) => <option key={r.id} value={r.id}>{runLabel(r)}</option>)}</Select>
          </div>
          <Button type="submit" variant="secondary">Show differences</Button>
        </form>
      )}
    </div>
  );
}
