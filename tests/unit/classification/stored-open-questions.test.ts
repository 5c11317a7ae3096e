import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CurrentResult } from "@/components/classification/current-result";
import { ReviewNotYet } from "@/components/classification/review-not-yet";
import { MESSAGES } from "@/i18n/messages";
import { toDispositionCode, toTierCode } from "@/lib/classification/codes";
import { questionnaireProgress } from "@/lib/classification/progress";
import { pruneAnswers } from "@/lib/classification/prune-answers";
import { reviewState } from "@/lib/classification/review-state";
import type { CurrentRunDTO } from "@/lib/dal/classification/run-history";
import { classify, type TSystemProfile } from "@/lib/rules";

const AS_OF = "2026-11-22";

// The result speaks the reader's language, so it renders inside the provider a page gives it.
function renderToStaticMarkupInEnglish(element: ReactElement): string {
  const props = { locale: "en", messages: MESSAGES.en, timeZone: "UTC" };
  return renderToStaticMarkup(
    h(NextIntlClientProvider, props as ComponentProps<typeof NextIntlClientProvider>, element),
  );
}

// A run as storeRunTx keeps it: the pruned answers and the engine's result for them.
function storedRun(answers: TSystemProfile): CurrentRunDTO {
  const pruned = pruneAnswers(answers);
  const result = classify(pruned, { asOf: AS_OF });
  const run = {
    tier: toTierCode(result.tier),
    possibleTier: toTierCode(result.possibleTier),
    disposition: toDispositionCode(result.disposition),
  };
  return {
    id: "run-1",
    sequence: 1,
    createdAt: new Date("2026-11-22T10:00:00Z"),
    createdByName: "Casey Officer",
    ...run,
    engineDisposition: run.disposition,
    review: reviewState(run, null),
    ruleSetId: result.ruleSet.id,
    systemVersion: 1,
    result,
    answers: pruned,
  };
}

const countIn = (html: string, title: string) => {
  const m = new RegExp(`${title} \\((\\d+)\\)`).exec(html);
  return m ? Number(m[1]) : 0;
};
const answerLinks = (html: string) => (html.match(/aria-label="Answer: /g) ?? []).length;

// Stored runs with unanswered questions that decide the result, and some the engine never reached.
const PROFILES: Record<string, TSystemProfile> = {
  "first question only": { artefactType: "ai_system" },
  "deployer in HR, not sure of the use": {
    activities: ["uses"],
    annex3Areas: ["employment"],
    notSure: ["employmentUses"],
  },
  "provider, scope open": { artefactType: "ai_system", activities: ["develops"] },
};

describe("open questions on a stored result", () => {
  for (const [name, answers] of Object.entries(PROFILES)) {
    it(`counts what the questionnaire counts (${name})`, () => {
      const run = storedRun(answers);
      const progress = questionnaireProgress(run.answers, AS_OF);
      const html = renderToStaticMarkupInEnglish(
        h(CurrentResult, { systemId: "sys-1", run, latestDecision: null, canAnswer: true }),
      );
      const deciding = countIn(html, "Questions that decide the result");
      const completing = countIn(html, "Questions that complete the obligations");
      expect({ deciding, completing }).toEqual({
        deciding: progress.deciding.length,
        completing: progress.completing.length,
      });
      // The header counts what is listed, and both equal the questionnaire's "unanswered" plus "not sure".
      expect(answerLinks(html)).toBe(deciding + completing);
      expect(deciding + completing).toBe(progress.unanswered + progress.notSure);
    });

    it(`lists the same deciding questions beside the review form (${name})`, () => {
      const run = storedRun(answers);
      const progress = questionnaireProgress(run.answers, AS_OF);
      const html = renderToStaticMarkupInEnglish(
        h(ReviewNotYet, { result: run.result, answers: run.answers, questionnaireHref: "/systems/sys-1/classify" }),
      );
      expect(answerLinks(html)).toBe(progress.deciding.length);
    });
  }
});
