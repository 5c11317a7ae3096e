import { QUESTIONNAIRE, type OpenQuestion } from "@/lib/rules";

export type { OpenQuestion };

export const QUESTIONS_BY_PROMPT_ID: ReadonlyMap<string, string> = new Map(
  QUESTIONNAIRE.flatMap((g) => g.questions.map((q) => [q.id, q.prompt] as const)),
);

export const GROUP_OF_QUESTION: ReadonlyMap<string, string> = new Map(
  QUESTIONNAIRE.flatMap((g) => g.questions.map((q) => [q.id, g.id] as const)),
);
