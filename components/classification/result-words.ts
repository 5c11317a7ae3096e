import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateIn } from "@/lib/i18n/format";
import {
  ROLE_LABELS,
  TIER_LABELS,
  type ClassificationResult,
  type FindingOutcome,
  type OpenQuestion,
  type Role,
  type Tier,
} from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { decidingQuestions, possibleTierOf } from "@/lib/classification/result-status";

const OUTCOME_KEYS = {
  applies: "outcomeApplies",
  does_not_apply: "outcomeDoesNotApply",
  excluded: "outcomeExcluded",
  review: "outcomeReview",
  info: "outcomeInfo",
} as const satisfies Record<FindingOutcome, string>;

/**
 * The result's words in the reader's language, for the live panel (client) and the classification tab (server) alike:
 * the same sentences lib/classification/describe-result.ts and result-status.ts build in English for documents and
 * scripts. Engine texts (tiers, roles, reasons) come from the rule catalogues, so they read as the Act's version does.
 */
export function useResultWords() {
  const t = useTranslations("ResultLabels");
  const locale = useLocale() as Locale;
  const tr = (english: string) => ruleText(locale, english);
  const date = (day: string) => formatDateIn(locale, day);
  const tier = (value: Tier) => tr(TIER_LABELS[value]);
  const role = (value: Role) => tr(ROLE_LABELS[value]);
  // German capitalises nouns, so its role names keep their capital inside a sentence.
  const roleInSentence = (value: Role) => (locale === "de" ? role(value) : role(value).toLowerCase());
  const when = (appliesFrom: string, appliesNow: boolean) =>
    appliesNow ? t("appliesSince", { date: date(appliesFrom) }) : t("appliesFrom", { date: date(appliesFrom) });

  function facets(result: ClassificationResult): string[] {
    const f = result.facets;
    const lines: string[] = [];
    for (const p of f.prohibitedPractices)
      lines.push(t("facetProhibited", { point: p.point, when: when(p.appliesFrom, p.appliesNow) }));
    if (f.highRisk) {
      const values = { points: f.highRisk.annexPoints.join(", "), date: date(f.highRisk.appliesFrom) };
      lines.push(f.highRisk.legacy ? t("facetHighRiskLegacy", values) : t("facetHighRisk", values));
    }
    if (f.derogation.claimed) {
      const validity =
        f.derogation.valid === null
          ? t("derogationUnsettled")
          : f.derogation.valid
            ? t("derogationMet")
            : t("derogationNotMet");
      lines.push(t("facetDerogation", { validity }));
    }
    for (const a of f.art50)
      lines.push(
        t("facetTransparency", {
          paragraph: a.paragraph,
          role: roleInSentence(a.role),
          when: when(a.appliesFrom, a.appliesNow),
        }),
      );
    if (f.friaRequired) lines.push(t("facetFria"));
    if (f.registrationRequired)
      lines.push(t("facetRegistration", { basis: f.registrationBasis.join(", ") || "Art 49" }));
    if (f.gpai) {
      const kind = f.gpai.systemicRisk ? t("gpaiSystemic") : t("gpai");
      const extras = [f.gpai.modifier && t("gpaiModifier"), f.gpai.openSourceExemption && t("gpaiOpenSource")].filter(
        (e): e is string => !!e,
      );
      const duties = f.gpai.duties.join(", ");
      lines.push(
        extras.length
          ? t("facetGpaiExtras", { kind, extras: extras.join("; "), duties })
          : t("facetGpai", { kind, duties }),
      );
    }
    return lines;
  }

  function scope(inScope: boolean | null): string {
    if (inScope === null) return t("scopeUnsettled");
    return inScope ? t("scopeIn") : t("scopeOut");
  }

  function undetermined(r: ClassificationResult): string {
    const possible = possibleTierOf(r);
    const label = tier(possible);
    if (possible !== r.tier) return t("undeterminedUnless", { tier: label });
    const decides = new Set(decidingQuestions(r.openQuestions).map((q) => q.decides));
    const [s, ro] = [decides.has("scope"), decides.has("role")];
    if (s && ro) return t("undeterminedScopeRole", { tier: label });
    if (s) return t("undeterminedScope", { tier: label });
    if (ro) return t("undeterminedRole", { tier: label });
    return t("undeterminedResult", { tier: label });
  }

  function decides(q: OpenQuestion): string | null {
    if (!q.decides) return null;
    if (q.decides === "scope") return t("decidesScope");
    if (q.decides === "role") return t("decidesRole");
    return t("couldMakeIt", { tier: tier(q.decides) });
  }

  return {
    locale,
    tr,
    date,
    tier,
    role,
    roleInSentence,
    facets,
    scope,
    undetermined,
    decides,
    outcome: (o: FindingOutcome) => t(OUTCOME_KEYS[o]),
    roles: (roles: readonly Role[]) => (roles.length ? roles.map(role).join(", ") : t("noRole")),
    quoted: (text: string) => t("quoted", { text }),
  };
}
