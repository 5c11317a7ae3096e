import { applicableQuestions, type ProfileField, type TSystemProfile } from "@/lib/rules";

// Keeps only answers to questions that still apply. The wizard keeps everything the user typed (so switching an
// answer back restores what followed it), but a stored run or draft holds no answers to questions it never asked.
export function pruneAnswers(profile: TSystemProfile): TSystemProfile {
  let current = stripUndefined(profile);
  for (;;) {
    const applicable = new Set<ProfileField>(applicableQuestions(current).map((q) => q.id));
    const next = Object.fromEntries(Object.entries(current).filter(([k]) => applicable.has(k as ProfileField))) as TSystemProfile;
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
}

export function stripUndefined(profile: TSystemProfile): TSystemProfile {
  return Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) as TSystemProfile;
}
