import fc from "fast-check";
import { classify, type ClassificationResult } from "@/lib/rules";
import { listRuleSets } from "@/lib/rules/registry";
import { ROLE_LABELS, TIER_LABELS } from "@/lib/rules/labels";
import { anyAsOf, anyProfile } from "../arbitraries";
import { BASE } from "../helpers";

/**
 * Every text a result shows a person, by where it came from. Open questions that name a questionnaire question show
 * its prompt, which the questionnaire's catalogue translates; the others are the engine's own.
 */
export function shownTexts(result: ClassificationResult): [where: string, english: string][] {
  return [
    ...result.findings.map((f): [string, string] => [`finding ${f.code}`, f.reason]),
    ...result.openQuestions.filter((q) => !q.questionId).map((q): [string, string] => ["open question", q.text]),
    ...result.notes.map((n): [string, string] => [`note ${n.code}`, n.text]),
    ...result.removals.flatMap((r) => [
      [`removal ${r.code}`, r.text] as [string, string],
      ...r.removed.map((o): [string, string] => [`removed ${o.code}`, o.title]),
    ]),
    ...result.contradictions.map((c): [string, string] => [`contradiction ${c.id}`, c.text]),
    ...result.obligations.flatMap((o) => [
      [`obligation ${o.code} title`, o.title] as [string, string],
      [`obligation ${o.code} summary`, o.summary] as [string, string],
      ...(o.notes ?? []).map((n): [string, string] => [`obligation ${o.code} note`, n.text]),
    ]),
  ];
}

const SAMPLES = 1500;

/** The texts of many results (sparse profiles and profiles on the complete baseline) under every rule set. */
export function sampledTexts(): Map<string, string> {
  sampled ??= sample(22);
  return sampled;
}
let sampled: Map<string, string> | undefined;

function sample(seed: number): Map<string, string> {
  const profiles = fc.sample(
    fc.tuple(
      fc.oneof(
        anyProfile,
        anyProfile.map((p) => ({ ...BASE, ...p })),
      ),
      anyAsOf,
    ),
    { numRuns: SAMPLES, seed },
  );
  const texts = new Map<string, string>();
  for (const label of [...Object.values(TIER_LABELS), ...Object.values(ROLE_LABELS)]) texts.set(label, "label");
  for (const { id } of listRuleSets())
    for (const [profile, asOf] of profiles)
      for (const [where, english] of shownTexts(classify(profile, { asOf, ruleSetVersion: id })))
        texts.set(english, where);
  return texts;
}
