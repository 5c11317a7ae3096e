import type { TSystemProfile } from "../profile/schema";
import type { ClassificationResult, Removal } from "../types";

type Rule = {
  code: string;
  /** The answers that remove duties, and the counter-case without them. */
  questionIds: (keyof TSystemProfile)[];
  applies: (r: ClassificationResult) => boolean;
  without: (p: TSystemProfile) => TSystemProfile;
  text: string;
  citation: string;
};

const excludedBy = (code: string) => (r: ClassificationResult) =>
  r.findings.some((f) => f.code === code && f.outcome === "excluded");

/** Answers the Act lets take duties away; each is shown with what it removes, never silently. */
const RULES: readonly Rule[] = [
  {
    code: "removal.legacy",
    questionIds: ["alreadyOnMarket", "placedOnMarketDate", "significantDesignChange"],
    applies: (r) => r.facets.highRisk?.legacy === true,
    without: (p) => ({ ...p, significantDesignChange: true }),
    text: "Placed on the market before the high-risk rules apply and not significantly changed since: until a significant change, only the change watch remains of the high-risk duties.",
    citation: "Art 111(2)",
  },
  {
    code: "removal.derogation",
    questionIds: ["derogationConditions", "performsProfiling"],
    applies: (r) => r.facets.derogation.valid === true,
    without: (p) => ({ ...p, derogationConditions: [] }),
    text: "The Art 6(3) condition claimed takes the Annex III system out of the high-risk duties; the assessment must be documented and the system registered.",
    citation: "Art 6(3)-(4); Art 49(2)",
  },
  {
    code: "removal.open_source",
    questionIds: ["freeOpenSourceLicence"],
    applies: excludedBy("exclusions.open_source"),
    without: (p) => ({ ...p, freeOpenSourceLicence: false }),
    text: "The free and open-source licence excludes the system from the Act while it is neither high-risk, prohibited nor subject to Art 50.",
    citation: "Art 2(12)",
  },
  {
    code: "removal.personal_use",
    questionIds: ["personalNonProfessionalUse"],
    applies: excludedBy("exclusions.personal_use"),
    without: (p) => ({ ...p, personalNonProfessionalUse: false }),
    text: "Purely personal, non-professional use is not deployment, so the deployer duties do not arise.",
    citation: "Art 2(10); Art 3(4)",
  },
  {
    code: "removal.military",
    questionIds: ["militaryUse"],
    applies: excludedBy("exclusions.military"),
    without: (p) => ({ ...p, militaryUse: "partly" }),
    text: "Exclusive military, defence or national-security use takes the system out of the Act; any civilian or law-enforcement use brings the duties back.",
    citation: "Art 2(3)",
  },
  {
    code: "removal.scientific_research",
    questionIds: ["solelyScientificResearch"],
    applies: excludedBy("exclusions.scientific_research"),
    without: (p) => ({ ...p, solelyScientificResearch: false }),
    text: "A system developed and put into service solely for scientific research is excluded; a product use brings the duties back.",
    citation: "Art 2(6)",
  },
  {
    code: "removal.pre_market_research",
    questionIds: ["preMarketResearchOnly", "realWorldTesting"],
    applies: excludedBy("exclusions.pre_market_research"),
    without: (p) => ({ ...p, preMarketResearchOnly: false }),
    text: "Research, testing and development before launch are excluded; the duties apply from placing on the market or putting into service.",
    citation: "Art 2(8)",
  },
];

/** For each answer that removes duties, the duties a run without it would have. */
export function findRemovals(
  profile: TSystemProfile,
  result: ClassificationResult,
  run: (p: TSystemProfile) => ClassificationResult,
): Removal[] {
  const out: Removal[] = [];
  const have = new Set(result.obligations.map((o) => `${o.role}:${o.code}`));
  for (const rule of RULES) {
    if (!rule.applies(result)) continue;
    const removed = run(rule.without(profile))
      .obligations.filter((o) => !have.has(`${o.role}:${o.code}`))
      .map((o) => ({ code: o.code, role: o.role, title: o.title }));
    if (removed.length > 0)
      out.push({ code: rule.code, questionIds: rule.questionIds, text: rule.text, citation: rule.citation, removed });
  }
  return out;
}
