import { useTranslations } from "next-intl";
import { isUndetermined, possibleTierOf, type DispositionValue } from "@/lib/classification/result-status";
import type { RunSummaryDTO } from "@/lib/dal/classification/run-history";
import {
  ROLES,
  type ClassificationResult,
  type ResultDiff,
  type Change,
  type Obligation,
  type Role,
} from "@/lib/rules";
import { useResultWords } from "./result-words";
import { useRunLabel } from "./run-history";

const ROUTE_KEYS = {
  annex3: "routeAnnex3",
  annex1_section_a: "routeAnnex1A",
  annex1_section_b: "routeAnnex1B",
} as const;
const DISPOSITION_KEYS = {
  final: "dispositionFinal",
  requires_review: "dispositionRequiresReview",
  undetermined: "dispositionUndetermined",
} as const satisfies Record<DispositionValue, string>;

type Run = Pick<RunSummaryDTO, "sequence" | "createdAt">;
type Props = { diff: ResultDiff; from: Run; to: Run; results?: [ClassificationResult, ClassificationResult] };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function Changes({ added, removed }: { added: string[]; removed: string[] }) {
  const t = useTranslations("ClassificationRuns");
  if (!added.length && !removed.length) return <span className="text-slate-600">{t("noChange")}</span>;
  return (
    <ul className="space-y-1">
      {added.map((a) => (
        <li key={`+${a}`}>
          <span className="mr-1.5 font-semibold text-emerald-800" aria-label={t("added")}>
            +
          </span>
          {a}
        </li>
      ))}
      {removed.map((r) => (
        <li key={`-${r}`}>
          <span className="mr-1.5 font-semibold text-red-800" aria-label={t("removed")}>
            −
          </span>
          <span className="line-through decoration-red-400">{r}</span>
        </li>
      ))}
    </ul>
  );
}

// What changed between two stored runs, in the reader's language; the engine's own texts go through its catalogues.
export function RunDiff({ diff, from, to, results }: Props) {
  const t = useTranslations("ClassificationRuns");
  const words = useResultWords();
  const runLabel = useRunLabel();
  const change = <T,>(c: Change<T> | null, show: (v: T) => string) =>
    c ? `${show(c.from)} → ${show(c.to)}` : t("noChange");
  const obligation = (o: Obligation) => `${words.tr(o.title)} (${words.roleInSentence(o.role)}, ${o.article})`;
  // A run that is not determined yet is named as such with its highest possible tier, never by its floor tier.
  const tierText = (r: ClassificationResult) =>
    isUndetermined(r) ? t("undeterminedTier", { tier: words.tier(possibleTierOf(r)) }) : words.tier(r.tier);
  // Readable names for diffResults' facet keys, e.g. "art50:50(1):provider".
  const facetLabel = (key: string): string => {
    const [kind, a = "", b = ""] = key.split(":");
    if (kind === "prohibited") return t("facetProhibited", { article: a });
    if (kind === "highRisk") {
      if (a === "legacy") return t("facetLegacy");
      const route = a in ROUTE_KEYS ? t(ROUTE_KEYS[a as keyof typeof ROUTE_KEYS]) : a;
      return t("facetHighRisk", { route });
    }
    if (kind === "art50") {
      const who = (ROLES as readonly string[]).includes(b) ? words.roleInSentence(b as Role) : b.replaceAll("_", " ");
      return t("facetArt50", { article: a, who });
    }
    if (kind === "fria") return t("facetFria");
    if (kind === "registration") return t("facetRegistration", { basis: a });
    if (kind === "derogation") return a === "valid" ? t("facetDerogationValid") : t("facetDerogationClaimed");
    if (kind === "gpai")
      return a === "duty" ? t("facetGpaiDuty", { article: b }) : a ? t("facetGpaiKind", { kind: a }) : t("facetGpai");
    return key;
  };
  const finding = (f: ResultDiff["findings"]["added"][number]) => `${words.tr(f.reason)} (${f.citation})`;
  const tier = results ? [tierText(results[0]), tierText(results[1])] : null;
  const ends = { from: runLabel(from), to: runLabel(to), strong: (s: React.ReactNode) => <strong>{s}</strong> };
  return (
    <div data-testid="run-diff">
      <p className="text-sm text-slate-700">{diff.changed ? t.rich("fromTo", ends) : t.rich("fromToSame", ends)}</p>
      {diff.changed && (
        <dl className="mt-2 divide-y divide-slate-100">
          <Row label={t("rowTier")}>
            {tier
              ? tier[0] === tier[1]
                ? t("noChange")
                : `${tier[0]} → ${tier[1]}`
              : change(diff.tier, (v) => words.tier(v))}
          </Row>
          {diff.disposition && (
            <Row label={t("rowDisposition")}>
              {change(diff.disposition, (d) => (d in DISPOSITION_KEYS ? t(DISPOSITION_KEYS[d]) : d))}
            </Row>
          )}
          {diff.inScope && (
            <Row label={t("rowScope")}>
              {change(diff.inScope, (v) => (v === null ? t("notSettled") : v ? t("inScope") : t("outOfScope")))}
            </Row>
          )}
          {diff.ruleSet && <Row label={t("rowRuleSet")}>{change(diff.ruleSet, (v) => v)}</Row>}
          <Row label={t("rowFacets")}>
            <Changes added={diff.facets.added.map(facetLabel)} removed={diff.facets.removed.map(facetLabel)} />
          </Row>
          <Row label={t("rowRoles")}>
            <Changes added={diff.roles.added.map(words.role)} removed={diff.roles.removed.map(words.role)} />
          </Row>
          <Row label={t("rowFindings")}>
            <Changes added={diff.findings.added.map(finding)} removed={diff.findings.removed.map(finding)} />
          </Row>
          <Row label={t("rowObligations")}>
            <Changes
              added={diff.obligations.added.map(obligation)}
              removed={diff.obligations.removed.map(obligation)}
            />
            {diff.obligations.rescheduled.length > 0 && (
              <ul className="mt-1 space-y-1">
                {diff.obligations.rescheduled.map((c) => (
                  <li key={`${c.to.code}|${c.to.role}`}>
                    {t("rescheduled", {
                      obligation: obligation(c.to),
                      from: words.date(c.from.appliesFrom),
                      to: words.date(c.to.appliesFrom),
                    })}
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
