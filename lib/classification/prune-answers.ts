import { applicableQuestions, type ProfileField, type TSystemProfile } from "@/lib/rules";

// Keeps only answers to questions that still apply. The wizard keeps everything the user typed (so switching an
// answer back restores what followed it), but a stored run or draft holds no answers to questions it never asked.
// "Not sure" is kept the same way: only for questions that still apply and have no answer (an answer wins).
export function pruneAnswers(profile: TSystemProfile): TSystemProfile {
  let current = stripUndefined(profile);
  for (;;) {
    const applicable = new Set<ProfileField>(applicableQuestions(current).map((q) => q.id));
    const next = Object.fromEntries(
      Object.entries(current).filter(([k]) => applicable.has(k as ProfileField)),
    ) as TSystemProfile;
    const notSure = (current.notSure ?? []).filter((f) => applicable.has(f) && next[f] === undefined);
    if (notSure.length) next.notSure = [...new Set(notSure)];
    if (sameKeys(next, current)) return next;
    current = next;
  }
}

function sameKeys(a: TSystemProfile, b: TSystemProfile): boolean {
  return Object.keys(a).length === Object.keys(b).length && (a.notSure?.length ?? 0) === (b.notSure?.length ?? 0);
}

export function stripUndefined(profile: TSystemProfile): TSystemProfile {
  return Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) as TSystemProfile;
}
