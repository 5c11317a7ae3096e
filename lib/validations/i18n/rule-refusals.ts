import { RULE_CATALOGUES } from "@/lib/rules/i18n";

// Refusals made of the engine's own texts (lib/dal/classification/internal/store-run.ts: a run with contradicting
// answers names each clash): the rule set's catalogues translate them, as they do on the result page.

const CONTRADICTIONS = /^Some answers contradict each other; resolve them before completing the run\. (.+)$/s;
const LEAD: Record<string, string> = {
  de: "Einige Antworten widersprechen sich; korrigieren Sie sie, bevor Sie die Einstufung abschließen.",
  fr: "Certaines réponses se contredisent ; corrigez-les avant de terminer la classification.",
};

/** `english` in `locale` when it is a text of the rule set, or the refusal listing some; else null. */
export function ruleRefusalText(locale: string, english: string): string | null {
  const catalogue = RULE_CATALOGUES[locale];
  const lead = LEAD[locale];
  if (!catalogue || !lead) return null;
  const whole = catalogue[english];
  if (whole !== undefined) return whole;
  const listed = CONTRADICTIONS.exec(english)?.[1];
  if (listed === undefined) return null;
  return [lead, ...known(listed, catalogue)].join(" ");
}

// The clashes were joined with spaces and some have two sentences: the shortest run of sentences the catalogue
// knows is one clash. What it does not know is kept in English rather than guessed at.
function known(listed: string, catalogue: Record<string, string>): string[] {
  const sentences = listed.split(/(?<=\.) /);
  const out: string[] = [];
  for (let start = 0; start < sentences.length;) {
    let end = start + 1;
    while (end <= sentences.length && catalogue[sentences.slice(start, end).join(" ")] === undefined) end++;
    if (end > sentences.length) return [...out, sentences.slice(start).join(" ")];
    out.push(catalogue[sentences.slice(start, end).join(" ")]!);
    start = end;
  }
  return out;
}
