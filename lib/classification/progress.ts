import {
  applicableQuestions,
  classify,
  QUESTIONNAIRE,
  type ClassificationResult,
  type OpenQuestion,
  type Question,
  type TSystemProfile,
} from "@/lib/rules";
import { isNotSure } from "./not-sure";
import { pruneAnswers } from "./prune-answers";

export type StepProgress = { id: string; title: string; total: number; answered: number; notSure: number };

export type QuestionnaireProgress = {
  /** Applicable questions: the only ones the wizard shows, so the only ones counted. */
  total: number;
  answered: number;
  notSure: number;
  /** Left blank; total = answered + notSure + unanswered. */
  unanswered: number;
  /** Every applicable question without an answer ("not sure" included), split by what it can change. */
  deciding: OpenQuestion[];
  completing: OpenQuestion[];
  steps: StepProgress[];
  /** The answers the counts were taken from: applicable ones only. */
  pruned: TSystemProfile;
  result: ClassificationResult;
};

/** What is still open in a set of answers: the counts and lists every view shows, the wizard's and a stored run's. */
export type OpenQuestions = Pick<
  QuestionnaireProgress,
  "total" | "answered" | "notSure" | "unanswered" | "deciding" | "completing"
>;

// The wizard used to count three ways: the step bar over applicable questions, the "unanswered" line over pruned
// answers minus "not sure", and the live result over the engine's open questions, which name only the questions a
// gate actually read (a question the engine did not reach yet was missing there). Every counter on the page now
// comes from here, over the same applicable questions and the same pruned answers.
export function questionnaireProgress(answers: TSystemProfile, asOf: string): QuestionnaireProgress {
  const pruned = pruneAnswers(answers);
  const result = classify(pruned, { asOf });
  const applicable = applicableQuestions(pruned);
  const steps = QUESTIONNAIRE.map((g) => {
    const ids = new Set(g.questions.map((q) => q.id));
    const qs = applicable.filter((q) => ids.has(q.id));
    return {
      id: g.id,
      title: g.title,
      total: qs.length,
      answered: qs.filter((q) => pruned[q.id] !== undefined).length,
      notSure: qs.filter((q) => isNotSure(pruned, q.id)).length,
    };
  }).filter((s) => s.total > 0);
  return { ...countOpen(pruned, applicable, result), steps, pruned, result };
}

/**
 * The open questions of a stored run, counted as the questionnaire counts them for the same answers. The stored
 * result is read, never re-computed: it only says what each open question can change (the engine's result of
 * that run stays as it was stored, whatever the rule set now says).
 */
export function openQuestionsOf(answers: TSystemProfile, result: ClassificationResult): OpenQuestions {
  const pruned = pruneAnswers(answers);
  return countOpen(pruned, applicableQuestions(pruned), result);
}

function countOpen(pruned: TSystemProfile, applicable: Question[], result: ClassificationResult): OpenQuestions {
  const fromEngine = new Map(result.openQuestions.filter((q) => q.questionId).map((q) => [q.questionId, q]));
  const open = applicable
    .filter((q) => pruned[q.id] === undefined)
    .map((q) => fromEngine.get(q.id) ?? asOpenQuestion(q, isNotSure(pruned, q.id)));
  const notSure = open.filter((q) => q.notSure).length;
  return {
    total: applicable.length,
    answered: applicable.length - open.length,
    notSure,
    unanswered: open.length - notSure,
    deciding: open.filter((q) => q.decides),
    completing: open.filter((q) => !q.decides),
  };
}

// A question the engine has not read yet (an earlier gate settled the result first) still waits for an answer.
function asOpenQuestion(q: Question, notSure: boolean): OpenQuestion {
  const open: OpenQuestion = { questionId: q.id, text: q.prompt, citation: q.citation, whoCanAnswer: q.whoCanAnswer };
  if (notSure) open.notSure = true;
  return open;
}
