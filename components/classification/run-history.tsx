import { TierBadge } from "@/components/system-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RunSummaryDTO } from "@/lib/dal/classification/run-history";
import { dispositionLabel } from "@/lib/classification/result-status";
import { formatDateTime } from "@/lib/utils";

// While a run is not determined yet its stored tier is only a floor: show the highest tier still possible instead.
// After an override the tier is legal's, as on the header and in the inventory.
function RunTier({ run }: { run: RunSummaryDTO }) {
  if (run.disposition !== "UNDETERMINED") return <TierBadge tier={run.review.tier} />;
  if (!run.possibleTier) return <Badge tone="amber">Not determined yet</Badge>;
  return (
    <span className="text-xs text-slate-700">
      could be <TierBadge tier={run.review.possibleTier} />
    </span>
  );
}

export const runLabel = (r: RunSummaryDTO) => `Run ${r.sequence} (${formatDateTime(r.createdAt)})`;

// Every stored run, newest first, and a plain GET form to choose two of them to compare.
export function RunHistory({
  runs,
  currentRunId,
  from,
  to,
}: {
  runs: RunSummaryDTO[];
  currentRunId: string | null;
  from?: string;
  to?: string;
}) {
  return (
    <div>
      <Table caption="Classification runs, newest first">
        <TableHead className="bg-transparent font-normal">
          <Th className="px-5 py-2">Run</Th>
          <Th className="py-2">When</Th>
          <Th className="py-2">By</Th>
          <Th className="py-2">Tier</Th>
          <Th className="py-2">Disposition</Th>
          <Th className="py-2">Rule set</Th>
        </TableHead>
        <TableBody>
          {runs.map((r) => (
            <tr key={r.id}>
              <td className="px-5 py-2 font-medium text-slate-900">
                #{r.sequence}
                {r.id === currentRunId && (
                  <Badge tone="violet" className="ml-2">
                    Current
                  </Badge>
                )}
              </td>
              <td className="px-3 py-2 text-slate-700">{formatDateTime(r.createdAt)}</td>
              <td className="px-3 py-2 text-slate-700">{r.createdByName ?? "—"}</td>
              <td className="px-3 py-2">
                <RunTier run={r} />
              </td>
              <td className="px-3 py-2 text-slate-700">
                {dispositionLabel(r.disposition)}
                {r.review.decided && r.engineDisposition !== "FINAL" && (
                  <span className="block text-xs text-slate-600">
                    {r.review.overridden ? "overridden by legal" : "reviewed by legal"}
                  </span>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-700">{r.ruleSetId}</td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {runs.length > 1 && (
        <form
          method="get"
          className="flex flex-wrap items-end gap-3 border-t border-slate-200 px-5 py-4"
          aria-label="Compare two runs"
        >
          <div className="space-y-1">
            <label htmlFor="diff-from" className="block text-sm font-medium text-slate-800">
              Compare
            </label>
            <Select id="diff-from" name="from" defaultValue={from}>
              {runs.map((r) => (
                <option key={r.id} value={r.id}>
                  {runLabel(r)}
                </option>
              ))}
            </Select>
          </div>
          <div className="space-y-1">
            <label htmlFor="diff-to" className="block text-sm font-medium text-slate-800">
              with
            </label>
            <Select id="diff-to" name="to" defaultValue={to}>
              {runs.map((r) => (
                <option key={r.id} value={r.id}>
                  {runLabel(r)}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Show differences
          </Button>
        </form>
      )}
    </div>
  );
}
