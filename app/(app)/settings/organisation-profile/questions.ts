import type { Question } from "@/lib/rules";
import { QUESTIONS_BY_ID } from "@/lib/rules/questionnaire";
import type { OrganizationProfileField } from "@/lib/validations/organization-profile";

// The questionnaire's own question, so the prompt, help and options here are the ones the wizard shows.
export function profileQuestion(field: OrganizationProfileField): Question {
  const question = QUESTIONS_BY_ID.get(field);
  if (!question) throw new Error(`The questionnaire has no question ${field}`);
  return question;
}

export const promptOf = (name: string) => QUESTIONS_BY_ID.get(name)?.prompt ?? name;
