import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ModelVersionDTO } from "@/lib/dal/integrations/registry-sync-models";
import { formatDate } from "@/lib/utils";

function stageTone(stage: string): BadgeTone {
  if (stage === "Production") return "green";
  if (stage === "Staging") return "blue";
  if (stage.startsWith("@")) return "violet";
  return "neutral";
}

const metric = new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 4 });

export function VersionsTable({ modelName, versions }: { modelName: string; versions: ModelVersionDTO[] }) {
  if (versions.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">No versions recorded.</p>;
  return (
    <Table caption={`Versions of ${modelName}`}>
      <TableHead className="border-b-0 font-normal">
        <Th className="px-5 py-2 font-medium">Version</Th>
        <Th className="px-3 py-2 font-medium">Stage</Th>
        <Th className="px-3 py-2 font-medium">Metrics</Th>
        <Th className="px-3 py-2 font-medium">Datasets</Th>
        <Th className="px-5 py-2 font-medium">Run · synced</Th>
      </TableHead>
      <TableBody className="align-top">
        {versions.map((v) => (
          <tr key={v.id} className={v.removedAt ? "bg-slate-50/60" : undefined}>
            <Th scope="row" className="whitespace-nowrap px-5 py-3 font-semibold text-slate-900">
              v{v.version}
            </Th>
            <td className="px-3 py-3">
              <div className="flex flex-wrap gap-1">
                {v.stage ? (
                  <Badge tone={stageTone(v.stage)}>{v.stage}</Badge>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
                {v.removedAt && (
                  <Badge tone="red" title={`Not in the registry since ${formatDate(v.removedAt)}`}>
                    No longer in registry
                  </Badge>
                )}
              </div>
            </td>
            <td className="px-3 py-3">
              {Object.keys(v.metrics).length === 0 ? (
                <span className="text-slate-500">—</span>
              ) : (
                <dl className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5 text-xs">
                  {Object.entries(v.metrics).map(([key, value]) => (
                    <div key={key} className="contents">
                      <dt className="font-mono text-slate-600">{key}</dt>
                      <dd className="text-right font-mono tabular-nums text-slate-900">{metric.format(value)}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
            <td className="max-w-xs px-3 py-3 text-xs text-slate-700">
              {v.datasetRefs.length === 0 ? (
                <span className="text-slate-500">—</span>
              ) : (
                <ul className="space-y-1">
                  {v.datasetRefs.map((d) => (
                    <li key={d} className="break-all">
                      {d}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="whitespace-nowrap px-5 py-3 text-xs text-slate-600">
              {v.registryRunId ? (
                <code className="font-mono" title={v.registryRunId}>
                  {v.registryRunId.slice(0, 8)}
                </code>
              ) : (
                "manual"
              )}
              <span className="block">{v.syncedAt ? formatDate(v.syncedAt) : "not synced"}</span>
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
