import { Badge } from "@/components/ui/badge";
import { obligationsByRole } from "@/lib/classification/describe-result";
import type { ClassificationResult } from "@/lib/rules";
import { formatDate } from "@/lib/utils";

// The duties the result derives, per role, with the article and the date each applies from.
export function ObligationsSummary({ result, compact = false }: { result: ClassificationResult; compact?: boolean }) {
  const groups = obligationsByRole(result);
  if (groups.length === 0) return <p className="text-sm text-slate-600">No obligations under the AI Act.</p>;
  return (
    <div className="space-y-4">
      {groups.map(({ role, label, obligations }) => {
        const now = obligations.filter((o) => o.appliesNow).length;
        return (
          <section key={role} aria-label={`Obligations as ${label}`}>
            <h3 className="text-sm font-semibold text-slate-900">
              As {label.toLowerCase()} <span className="font-normal text-slate-600">· {obligations.length} obligation{obligations.length === 1 ? "" : "s"}, {now} apply now</span>
            </h3>
            {!compact && (
              <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
                {obligations.map((o) => (
                  <li key={o.code} className="grid gap-1 px-3 py-2 text-sm sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4">
                    <span>
                      <span className="font-medium text-slate-900">{o.title}</span>
                      <span className="ml-2 text-xs text-slate-600">{o.article}</span>
                      {o.blocking && <Badge tone="red" className="ml-2">Before use</Badge>}
                    </span>
                    {o.appliesNow ? <Badge tone="orange">Applies now</Badge> : <Badge tone="neutral">From {formatDate(o.appliesFrom)}</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
