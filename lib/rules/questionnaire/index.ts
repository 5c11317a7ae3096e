import type { TSystemProfile } from "../profile/schema";
import { evaluateCondition } from "./conditions";
import { ANNEX1_GROUP } from "./groups/annex1";
import { ANNEX3_GROUP } from "./groups/annex3";
import { BIOMETRICS_GROUP } from "./groups/biometrics";
import { DEFINITION_GROUP } from "./groups/definition";
import { DEROGATION_GROUP } from "./groups/derogation";
import { EXCLUSIONS_GROUP } from "./groups/exclusions";
import { GPAI_GROUP } from "./groups/gpai";
import { LIFECYCLE_GROUP } from "./groups/lifecycle";
import { ORGANISATION_GROUP } from "./groups/organisation";
import { PROHIBITED_GROUP } from "./groups/prohibited";
import { TRANSPARENCY_GROUP } from "./groups/transparency";
import type { Question, QuestionGroup } from "./types";

export type { Condition, Question, QuestionGroup, QuestionOption, QuestionType } from "./types";
export { evaluateCondition } from "./conditions";

/** Ordered like the engine's gates, so the wizard asks in the order the law decides. */
export const QUESTIONNAIRE: readonly QuestionGroup[] = [
  DEFINITION_GROUP,
  ORGANISATION_GROUP,
  EXCLUSIONS_GROUP,
  PROHIBITED_GROUP,
  BIOMETRICS_GROUP,
  ANNEX1_GROUP,
  ANNEX3_GROUP,
  DEROGATION_GROUP,
  LIFECYCLE_GROUP,
  TRANSPARENCY_GROUP,
  GPAI_GROUP,
];

const ALL_QUESTIONS: readonly Question[] = QUESTIONNAIRE.flatMap((group) => group.questions);
export const QUESTIONS_BY_ID: ReadonlyMap<string, Question> = new Map(ALL_QUESTIONS.map((q) => [q.id, q]));

/** Questions that apply given the answers so far, in questionnaire order. */
export function applicableQuestions(profile: TSystemProfile): Question[] {
  return ALL_QUESTIONS.filter((q) => q.when === undefined || evaluateCondition(q.when, profile));
}

/** Applicable questions still unanswered. An empty array answer counts as "none of these". */
export function missingAnswers(profile: TSystemProfile): Question[] {
  return applicableQuestions(profile).filter((q) => profile[q.id] === undefined);
}
