import type { ClassificationResult } from "@/lib/rules";

// The API speaks one vocabulary of codes (issue #23): tiers and dispositions are upper case wherever they appear,
// as /systems, its filters and the webhooks have always sent them. The engine and the stored snapshots keep their
// own lower-case words (a sealed dossier's hash covers them), so results are translated here, at the way out.
export function toApiResult(result: ClassificationResult) {
  return {
    ...result,
    tier: result.tier.toUpperCase(),
    ...(result.possibleTier ? { possibleTier: result.possibleTier.toUpperCase() } : {}),
    disposition: result.disposition.toUpperCase(),
    openQuestions: result.openQuestions.map((q) => (q.decides ? { ...q, decides: q.decides.toUpperCase() } : q)),
  };
}
