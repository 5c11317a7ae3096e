import Link from "next/link";
import type { LinkedRisk } from "@/lib/dal/risks/event-links";
import { formatDateTime } from "@/lib/utils";

const HOW: Record<LinkedRisk["how"], string> = { OPENED: "opened", RESCORED: "re-scored" };

// The risks an incident or a breach opened or re-scored, newest first: the trace the register keeps of it. Each links
// to the risk in its system's register (its edit form for people who may change it).
export function LinkedRiskList({
  risks,
  editable,
  heading,
}: {
  risks: LinkedRisk[];
  editable: boolean;
  heading: string;
}) {
  if (risks.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-900">{heading}</h3>
      <ul className="mt-2 space-y-1.5 text-sm text-slate-700">
        {risks.map((r, i) => (
          <li key={`${r.riskId}-${i}`} className="break-words">
            <Link
              href={`/systems/${r.systemId}/risks${editable ? `?edit=${r.riskId}#risk-form` : "#risk-register"}`}
              className="text-indigo-800 underline underline-offset-2"
            >
              {r.title}
            </Link>{" "}
            <span className="text-slate-600">
              {HOW[r.how]} {formatDateTime(r.at)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
