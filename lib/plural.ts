// Count phrases in one place, so every list says "1 system matches" and "3 systems match", never "1 system match".

/** The noun for a count: "system" for 1, "systems" otherwise (an irregular plural is passed in). */
export function nounFor(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}

/** "1 obligation", "1,204 obligations". */
export function countPhrase(count: number, singular: string, plural?: string): string {
  return `${count.toLocaleString("en-GB")} ${nounFor(count, singular, plural)}`;
}

/**
 * A verb agreeing with a count, given in its plural form: verbFor(1, "match") is "matches", verbFor(3, "match") is
 * "match"; "are", "have" and "were" become "is", "has" and "was".
 */
export function verbFor(count: number, verb: string): string {
  if (count !== 1) return verb;
  if (verb === "are") return "is";
  if (verb === "have") return "has";
  if (verb === "were") return "was";
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
}
