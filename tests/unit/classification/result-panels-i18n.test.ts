import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { ClassificationSummary } from "@/components/classification/classification-summary";
import { DecisionLog } from "@/components/classification/decision-log";
import { ObligationsSummary } from "@/components/classification/obligations-summary";
import { ResultOverview } from "@/components/classification/result-overview";
import { ReviewQueue } from "@/components/classification/review-queue";
import { ReviewRequestsList } from "@/components/classification/review-requests-list";
import { RunDiff } from "@/components/classification/run-diff";
import { RunHistory } from "@/components/classification/run-history";
import { OpenQuestionsList } from "@/components/classification/open-questions-list";
import { toDispositionCode, toTierCode } from "@/lib/classification/codes";
import { reviewState } from "@/lib/classification/review-state";
import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import type { ReviewQueueItemDTO } from "@/lib/dal/classification/review-requests";
import type { RunSummaryDTO } from "@/lib/dal/classification/run-history";
import type { Locale } from "@/lib/i18n/locales";
import { classify, diffResults, QUESTIONNAIRE } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { DEMO_PROFILES } from "@/prisma/seed/demo-profiles";
import { renderIn } from "../components/render-in";

// The demo's TalentRank: high-risk via Annex III 4(a), the bank its deployer.
const result = classify(DEMO_PROFILES["CV screening and ranking (TalentRank)"]!, { asOf: "2026-12-06" });
// A chatbot's result as the earlier run, so the diff has something to show.
const earlier = classify(DEMO_PROFILES["Customer service chatbot (Ava)"]!, { asOf: "2026-12-06" });
const codes = {
  tier: toTierCode(result.tier),
  possibleTier: toTierCode(result.possibleTier),
  disposition: toDispositionCode(result.disposition),
};
const run = (sequence: number): RunSummaryDTO =>
  ({
    id: `run-${sequence}`,
    sequence,
    createdAt: new Date(`2026-12-0${sequence}T10:00:00Z`),
    createdByName: "Ada Lindqvist",
    ...codes,
    engineDisposition: codes.disposition,
    review: reviewState(codes, null),
    ruleSetId: result.ruleSet.id,
  }) as RunSummaryDTO;
const decision: ReviewDecisionDTO = {
  id: "d1",
  runId: "run-2",
  runSequence: 2,
  decision: "OVERRIDDEN",
  overrideTier: "LIMITED",
  justification: "Only a ranking aid, never decides.",
  openQuestions: [],
  decidedByName: "Lena Vogt",
  decidedAt: new Date("2026-12-05T09:00:00Z"),
};
const request: ReviewQueueItemDTO = {
  id: "r1",
  systemId: "sys-1",
  runId: "run-2",
  runSequence: 2,
  question: "Is profiling involved?",
  status: "OPEN",
  response: "",
  requestedById: "u1",
  requestedByName: "Ada Lindqvist",
  respondedByName: null,
  createdAt: new Date("2026-12-05T08:00:00Z"),
  respondedAt: null,
  closedAt: null,
  systemName: "TalentRank",
  ...codes,
  openQuestions: 3,
};

function panels(locale: Locale): string {
  return renderIn(
    locale,
    h("div", null, [
      h(ResultOverview, { key: "o", result }),
      h(ObligationsSummary, { key: "s", result }),
      h(RunHistory, { key: "h", runs: [run(2), run(1)], currentRunId: "run-2" }),
      h(RunDiff, { key: "d", diff: diffResults(earlier, result), from: run(1), to: run(2) }),
      h(DecisionLog, { key: "l", decisions: [decision] }),
      h(ReviewRequestsList, { key: "r", requests: [request] }),
      h(ReviewQueue, { key: "q", items: [request] }),
      h(ClassificationSummary, {
        key: "c",
        systemId: "sys-1",
        canRun: true,
        summary: {
          ...codes,
          roles: ["deployer"],
          classifiedAt: new Date("2026-12-02T10:00:00Z"),
          classifiedByName: "Ada Lindqvist",
          runSequence: 2,
          stale: false,
          overridden: false,
          hasDraft: false,
        },
      }),
    ]),
  );
}

describe("the classification panels in the reader's language", () => {
  it("in German, with the Act's terms", () => {
    const html = panels("de");
    expect(html).toContain("Risikostufe");
    expect(html).toContain("Im Anwendungsbereich der KI-Verordnung.");
    expect(html).toContain("Als Betreiber");
    expect(html).toContain("Einstufungsläufe, neueste zuerst");
    expect(html).toContain("Lauf 1 (");
    expect(html).toContain("Unterschiede anzeigen");
    expect(html).toContain("Hochrisiko: Weg über Annex III");
    expect(html).toContain("hat die Risikostufe auf");
    expect(html).toContain("Wartet auf die Rechtsabteilung");
    expect(html).toContain("3 offene Fragen");
    expect(html).toContain("Einstufung ansehen");
    expect(html).not.toMatch(/Show differences|Waiting for legal|Within the scope|As deployer|View classification/);
  });

  it("in French, with the Act's terms", () => {
    const html = panels("fr");
    expect(html).toContain("Niveau de risque");
    expect(html).toContain("Dans le champ d'application du règlement sur l'IA.");
    expect(html).toContain("En tant que déployeur");
    expect(html).toContain("Afficher les différences");
    expect(html).toContain("Haut risque : voie de l'Annex III");
    expect(html).toContain("a remplacé le niveau de risque par");
    expect(html).toContain("En attente du service juridique");
    expect(html).toContain("3 questions ouvertes");
    expect(html).toContain("Voir la classification");
    expect(html).not.toMatch(/Show differences|Waiting for legal|Within the scope|As deployer|View classification/);
  });

  it("in English as before", () => {
    const html = panels("en");
    expect(html).toContain("Within the scope of the AI Act.");
    expect(html).toContain("As deployer");
    expect(html).toContain("Run 1 (1 Dec 2026, 10:00 UTC)");
    expect(html).toContain("High-risk: Annex III route");
    expect(html).toContain("overrode the tier to Transparency (limited) (run 2)");
    expect(html).toContain("3 open questions in the result");
    expect(html).toContain("Run 2, 2 Dec 2026, 10:00 UTC by Ada Lindqvist.");
  });

  it("names the open questions by the questionnaire's translated prompts", () => {
    const question = QUESTIONNAIRE[0]!.questions[0]!;
    const open = [{ questionId: question.id, text: question.prompt, citation: "Art 3(1)", decides: "scope" as const }];
    const html = renderIn("de", h(OpenQuestionsList, { questions: open, empty: "", questionnaireHref: "/q" }));
    expect(html).toContain(ruleText("de", question.prompt));
    expect(html).not.toContain(question.prompt);
    expect(html).toContain("Entscheidet, ob die KI-Verordnung gilt");
    expect(html).toContain("Beantworten");
  });
});
