import type { ProfileField } from "../profile/schema";

/**
 * `when` conditions are plain data so the wizard, the docs and the tests can read them
 * without running engine code. A question with no `when` always applies.
 */
export type Condition =
  | { field: ProfileField; equals: string | boolean }
  | { field: ProfileField; in: readonly string[] }
  | { field: ProfileField; includesAny: readonly string[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export type QuestionType = "boolean" | "single" | "multi" | "number" | "date";

export type QuestionOption = { value: string; label: string };

export type Question = {
  id: ProfileField;
  /** Plain words a product manager can answer; the legal terms live in `help` and `citation`. */
  prompt: string;
  /** The legal precision, with a concrete "For example: …" for each legal term. */
  help: string;
  citation: string;
  /** One sentence naming who in the organisation can answer it, shown when the person is not sure. */
  whoCanAnswer: string;
  type: QuestionType;
  options?: readonly QuestionOption[];
  when?: Condition;
};

export type QuestionGroup = {
  id: string;
  title: string;
  questions: readonly Question[];
};

/** A contradiction rule: answers that cannot all be true (the rules themselves are in clash-rules.ts). */
export type ClashRule = {
  id: string;
  when: Condition;
  /** Fires only if the first value is later (dates) or larger (numbers) than the second. */
  exceeds?: readonly [OrderRef, OrderRef];
  /** The questions involved, in questionnaire order. The rule fires only when all are asked and answered. */
  questions: readonly [ProfileField, ...ProfileField[]];
  text: string;
  citation: string;
};

/** A date (ISO day, compared as text) or a number; "asOf" is the day the answers are checked for. */
export type OrderRef = ProfileField | "asOf";
