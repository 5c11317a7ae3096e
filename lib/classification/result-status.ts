import { TIER_LABELS, type ClassificationResult, type OpenQuestion, type Tier } from "@/lib/rules";

// How a result is presented: never the floor tier alone while the deciding questions are open. Results stored
// before "not determined yet" existed lack the newer fields: they read as settled, with nothing to list.

export type DispositionValue = ClassificationResult["disposition"];

export const DISPOSITION_LABELS: Record<DispositionValue, string> = {
  final: "Final",
  requires_review: "Requires review",
  undetermined: "Not determined yet",
};

/** For the database's upper-case codes (run history, summaries). */
export function dispositionLabel(code: string): string {
  return DISPOSITION_LABELS[code.toLowerCase() as DispositionValue] ?? code;
}

export const isUndetermined = (r: Pick<ClassificationResult, "disposition">) => r.disposition === "undetermined";

export function possibleTierOf(r: Pick<ClassificationResult, "tier"> & { possibleTier?: Tier }): Tier {
  return r.possibleTier ?? r.tier;
}

/** Open questions whose answer can change scope, a role or the tier. */
export const decidingQuestions = (qs: readonly OpenQuestion[]) => qs.filter((q) => q.questionId && q.decides);
/** Questionnaire questions that only complete the obligations. */
export const completingQuestions = (qs: readonly OpenQuestion[]) => qs.filter((q) => q.questionId && !q.decides);
/** Disputed points a lawyer has to read (they name no question). */
export const reviewPoints = (qs: readonly OpenQuestion[]) => qs.filter((q) => !q.questionId);

/** "High-risk unless the open questions rule it out", or what the open questions still decide when the tier is settled. */
export function undeterminedSentence(r: ClassificationResult): string {
  const possible = possibleTierOf(r);
  if (possible !== r.tier) return `${TIER_LABELS[possible]} unless the questions below rule it out.`;
  const decides = new Set(decidingQuestions(r.openQuestions).map((q) => q.decides));
  const what = [decides.has("scope") && "whether the AI Act applies", decides.has("role") && "your role"].filter(
    Boolean,
  );
  return `${TIER_LABELS[possible]} on the answers given; the questions below still decide ${what.length ? what.join(" and ") : "the result"}.`;
}

/** What one deciding question can change, in plain words. */
export function decidesText(q: OpenQuestion): string | null {
  if (!q.decides) return null;
  if (q.decides === "scope") return "Decides whether the AI Act applies";
  if (q.decides === "role") return "Decides your role";
  return `Could make it ${TIER_LABELS[q.decides]}`;
}

/**
 * What else is open on a result besides its questions, sorted by what it takes; older results lack some lists and read
 * as empty. The open questions themselves come from openQuestionsOf (progress.ts), which counts them from the answers
 * the way the questionnaire does: the engine's own list names only the questions a gate read.
 */
export function openPoints(r: ClassificationResult) {
  return {
    contradictions: r.contradictions ?? [],
    removals: r.removals ?? [],
    notes: r.notes ?? [],
    lawyerCount: reviewPoints(r.openQuestions).length + r.findings.filter((f) => f.outcome === "review").length,
  };
}
