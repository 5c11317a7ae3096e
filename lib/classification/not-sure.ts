import type { ProfileField, TSystemProfile } from "@/lib/rules";

// "Not sure" is an answer of its own: the value is cleared and the question listed in `notSure`, so the engine
// treats it as open and says who can answer it. A real answer takes it off the list again.

export function isNotSure(answers: TSystemProfile, id: ProfileField): boolean {
  return answers.notSure?.includes(id) ?? false;
}

function withNotSure(answers: TSystemProfile, list: ProfileField[]): TSystemProfile {
  const { notSure: _old, ...rest } = answers;
  return list.length ? { ...rest, notSure: list } : rest;
}

export function markNotSure(answers: TSystemProfile, id: ProfileField): TSystemProfile {
  const { [id]: _value, ...rest } = answers;
  return withNotSure(rest, [...(answers.notSure ?? []).filter((f) => f !== id), id]);
}

/** Sets (or, with undefined, clears) the answer; either way the question is no longer "not sure". */
export function answerQuestion(answers: TSystemProfile, id: ProfileField, value: unknown): TSystemProfile {
  const { [id]: _value, ...rest } = answers;
  const next = (value === undefined ? rest : { ...rest, [id]: value }) as TSystemProfile;
  return withNotSure(
    next,
    (answers.notSure ?? []).filter((f) => f !== id),
  );
}

export function clearQuestion(answers: TSystemProfile, id: ProfileField): TSystemProfile {
  return answerQuestion(answers, id, undefined);
}
