import type { ClassificationResult, Role, TSystemProfile, Tier } from "@/lib/rules";
import { BASE, DEPLOYER } from "../helpers";

/**
 * The published examples and test cases of sebastianfoerste/eu-ai-act-classifier (MIT), translated
 * into Actlas system profiles. Only their facts and expected outcomes are used, never their code.
 * Each profile starts from a fully answered base so that the tier turns on the facts they state;
 * where they leave a deciding fact open, the profile leaves it open too (or marks it "not sure").
 */

type Disposition = ClassificationResult["disposition"];

/** What the case must give. A case without `disposition` must be `final` (their "determined"). */
export type Expected = {
  tier: Tier;
  /** Given where their case turns on an open question or on a review flag. */
  disposition?: Disposition;
  possibleTier?: Tier;
  inScope?: boolean | null;
  roles?: Role[];
  /** e.g. "5(1)(c)" */
  prohibitedPoints?: string[];
  /** e.g. "Annex III 4(a)" */
  annexPoints?: string[];
  /** Chapter III date of the leading high-risk route. */
  appliesFrom?: string;
  friaRequired?: boolean;
  /** Art 50 paragraphs with the role that owes them, e.g. "50(1):provider". */
  art50?: string[];
  /** Articles that must appear among the obligations, e.g. "Art 9" (matches "Art 9", "Art 9(2)"). */
  articles?: string[];
  /** Articles that must not appear among the obligations. */
  notArticles?: string[];
  gpaiSystemic?: boolean | null;
  registrationBasis?: string[];
};

export type ConformanceCase = {
  /** Their example file or test name. */
  id: string;
  /** Path in their repository. */
  source: string;
  /** Their other files that assert the same facts. */
  alsoIn?: string[];
  facts: string;
  profile: TSystemProfile;
  expected: Expected;
  /** Their stated outcome, in their words (tier, disposition, extras). */
  theirOutcome: string;
  /** Why Actlas answers differently, with the article of the amended Act. */
  differs?: string;
  /**
   * Set where Actlas itself is wrong under the amended Act: `expected` then holds the right
   * answer and the case runs as a known failure until the engine is fixed.
   */
  knownBug?: string;
};

/** A base with some answers taken out: the facts the other classifier's case leaves open. */
export const without = (p: TSystemProfile, ...fields: (keyof TSystemProfile)[]): TSystemProfile =>
  Object.fromEntries(Object.entries(p).filter(([k]) => !fields.includes(k as keyof TSystemProfile))) as TSystemProfile;

export const CREDIT: TSystemProfile = {
  ...BASE,
  annex3Areas: ["essential_services"],
  essentialServicesUses: ["creditworthiness"],
};
export const RECRUITMENT: TSystemProfile = {
  ...BASE,
  annex3Areas: ["employment"],
  employmentUses: ["recruitment_selection"],
};
export const SOCIAL_SCORE: TSystemProfile = {
  ...BASE,
  socialScoring: true,
  socialScoreConsequence: ["unrelated_context_detriment"],
};
export const PUBLIC_BENEFITS: TSystemProfile = {
  ...DEPLOYER,
  art25Actions: [],
  intendedUsers: ["public_authority"],
  annex3Areas: ["essential_services"],
  essentialServicesUses: ["public_benefits_eligibility"],
};
/** The provider duties of their credit-scoring golden file. */
export const CORE_PROVIDER_DUTIES = [
  "Art 9",
  "Art 10",
  "Art 11",
  "Art 12",
  "Art 13",
  "Art 14",
  "Art 15",
  "Art 17",
  "Art 43",
  "Art 47",
  "Art 48",
  "Art 49",
  "Art 72",
  "Art 73",
];
