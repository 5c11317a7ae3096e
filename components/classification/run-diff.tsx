import { DISPOSITION_LABELS, isUndetermined, possibleTierOf } from "@/lib/classification/result-status";
import {
  TIER_LABELS,
  ROLE_LABELS,
  type ClassificationResult,
  type ResultDiff,
  type Change,
  type Obligation,
} from "@/lib/rules";
import { formatDate } from "@/lib/utils";

const ROUTES: Record<string, string> = {
  annex3: "Annex III route",
  annex1_section_a: "Annex I Section A route",
  annex1_section_b: "Annex I Section B route",
};

// Readable names for diffResults' facet keys, e.g. "art50:50(1):provider".
function facetLabel(key: string): string {
  const [kind, a = "", b = ""] = key.split(":");
  if (kind === "prohibited") return `Prohibited practice Art ${a}`;
  if (kind === "highRisk")
    return a === "legacy" ? "Legacy high-risk system (Art 111(2))" : `High-risk: ${ROUTES[a] ?? a}`;
  if (kind === "art50") return `Art ${a} duty (${b.replaceAll("_", " ")})`;
  if (kind === "fria") return "Fundamental rights impact assessment (Art 27)";
  if (kind === "registration") return `Registration (${a})`;
  if (kind === "derogation") return a === "valid" ? "Art 6(3) derogation valid" : "Art 6(3) derogation claimed";
  if (kind === "gpai") return a === "duty" ? `GPAI duty Art ${b}` : a ? `GPAI: ${a}` : "General-purpose AI model";
  return key;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function Changes({ added, removed }: { added: string[]; removed: string[] }) {
  if (!added.length && !removed.length) return <span className="text-slate-600">No change</span>;
  return (
    <ul className="space-y-1">
      {added.map((a) => (
        <li key={`+${a}`}>
          <span className="mr-1.5 font-semibold text-emerald-800" aria-label="Added">
            +
          </span>
          {a}
        </li>
      ))}
      {removed.map((r) => (
        <li key={`-${r}`}>
          <span className="mr-1.5 font-semibold text-red-800" aria-label="Removed">
            −
          </span>
          <span className="line-through decoration-red-400">{r}</span>
        </li>
      ))}
    </ul>
  );
}

const change = <T,>(c: Change<T> | null, show: (v: T) => string) =>
  c ? `${show(c.from)} → ${show(c.to)}` : "No change";
const obligation = (o: Obligation) => `${o.title} (${ROLE_LABELS[o.role].toLowerCase()}, ${o.article})`;

// A run that is not determined yet is named as such with its highest possible tier, never by its floor tier.
const tierText = (r: ClassificationResult) =>
  isUndetermined(r) ? `Not determined yet (could be ${TIER_LABELS[possibleTierOf(r)]})` : TIER_LABELS[r.tier];

type Props = {
  diff: ResultDiff;
  fromLabel: string;
  toLabel: string;
  results?: [ClassificationResult, ClassificationResult];
};

export function RunDiff({ diff, fromLabel, toLabel, results }: Props) {
  const tier = results ? [tierText(results[0]), tierText(results[1])] : null;
  return (
    <div data-testid="run-diff">
      <p className="text-sm text-slate-700">
        From <strong>{fromLabel}</strong> to <strong>{toLabel}</strong>
        {diff.changed ? ":" : ": the results are the same."}
      </p>
      {diff.changed && (
        <dl className="mt-2 divide-y divide-slate-100">
          <Row label="Tier">
            {tier
              ? tier[0] === tier[1]
                ? "No change"
                : `${tier[0]} → ${tier[1]}`
              : change(diff.tier, (t) => TIER_LABELS[t])}
          </Row>
          {diff.disposition && (
            <Row label="Disposition">{change(diff.disposition, (d) => DISPOSITION_LABELS[d] ?? d)}</Row>
          )}
          {diff.inScope && (
            <Row label="Scope">
              {change(diff.inScope, (v) => (v === null ? "not settled" : v ? "in scope" : "out of scope"))}
            </Row>
          )}
          {diff.ruleSet && <Row label="Rule set">{change(diff.ruleSet, (v) => v)}</Row>}
          <Row label="Facets">
            <Changes added={diff.facets.added.map(facetLabel)} removed={diff.facets.removed.map(facetLabel)} />
          </Row>
          <Row label="Roles">
            <Changes
              added={diff.roles.added.map((r) => ROLE_LABELS[r])}
              removed={diff.roles.removed.map((r) => ROLE_LABELS[r])}
            />
          </Row>
          <Row label="Findings">
            <Changes
              added={diff.findings.added.map((f) => `${f.reason} (${f.citation})`)}
              removed={diff.findings.removed.map((f) => `${f.reason} (${f.citation})`)}
            />
          </Row>
          <Row label="Obligations">
            <Changes
              added={diff.obligations.added.map(obligation)}
              removed={diff.obligations.removed.map(obligation)}
            />
            {diff.obligations.rescheduled.length > 0 && (
              <ul className="mt-1 space-y-1">
                {diff.obligations.rescheduled.map((c) => (
                  <li key={`${c.to.code}|${c.to.role}`}>
                    Rescheduled: {obligation(c.to)} from {formatDate(c.from.appliesFrom)} to{" "}
                    {formatDate(c.to.appliesFrom)}
                  </li>
                ))}
              </ul>
            )}
          </Row>
        </dl>
      )}
    </div>
  );
}
