import { toIsoDay } from "../as-of";
import type { ProfileField, TSystemProfile } from "../profile/schema";
import { CLASH_RULES } from "./clash-rules";
import { evaluateCondition } from "./conditions";
import { applicableQuestions } from "./index";
import type { ClashRule, OrderRef } from "./types";

/** Two or more answers that cannot all be true; a run is not complete while one is open. */
export type Contradiction = { id: string; questionIds: ProfileField[]; text: string; citation: string };

/**
 * The clashes among the answers the questionnaire would ask. Answers to questions that no
 * longer apply are left out first, as a stored run leaves them out: a stale answer the person
 * cannot see must not block the run. `asOf` (default today, UTC) is the day "already placed"
 * dates are checked against.
 */
export function findContradictions(profile: TSystemProfile, options: { asOf?: Date | string } = {}): Contradiction[] {
  const asOf = toIsoDay(options.asOf);
  // A rule reads only its own questions, so one that does not clash on all answers cannot clash on the
  // applicable ones: the costly pruning runs only for the rare profile with a candidate (the engine's hot path).
  const candidates = CLASH_RULES.filter((rule) => clashes(rule, profile, asOf));
  if (candidates.length === 0) return [];
  const answers = applicableAnswers(profile);
  return candidates
    .filter((rule) => clashes(rule, answers, asOf))
    .map((rule) => ({ id: rule.id, questionIds: [...rule.questions], text: rule.text, citation: rule.citation }));
}

function clashes(rule: ClashRule, answers: TSystemProfile, asOf: string): boolean {
  const value = (ref: OrderRef): unknown => (ref === "asOf" ? asOf : answers[ref]);
  return (
    rule.questions.every((q) => answers[q] !== undefined) &&
    evaluateCondition(rule.when, answers) &&
    (rule.exceeds === undefined || greater(value(rule.exceeds[0]), value(rule.exceeds[1])))
  );
}

// Until no answer is left to a question that does not apply (a follow-up can hang on a hidden parent).
function applicableAnswers(profile: TSystemProfile): TSystemProfile {
  let answers = profile;
  for (;;) {
    const kept = applicableQuestions(answers).filter((q) => answers[q.id] !== undefined);
    if (kept.length === Object.keys(answers).length) return answers;
    const current = answers;
    answers = Object.fromEntries(kept.map((q) => [q.id, current[q.id]])) as TSystemProfile;
  }
}

// ISO days order as text; numbers as numbers.
function greater(a: unknown, b: unknown): boolean {
  return typeof a === "number" && typeof b === "number" ? a > b : String(a) > String(b);
}
