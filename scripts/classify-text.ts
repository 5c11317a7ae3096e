/**
 * The plain-text result that `npm run classify` prints by default (`--json` prints the whole result instead).
 * While a result is undetermined its tier is only a floor: the text leads with "Not determined yet" and the highest
 * tier still possible, then the questions that decide it, never the floor as if it were the answer.
 */
import { ROLE_LABELS, TIER_LABELS, type ClassificationResult, type OpenQuestion, type Tier } from "../lib/rules";

const decidesText = (q: OpenQuestion): string => {
  if (q.decides === "scope") return "decides whether the AI Act applies";
  if (q.decides === "role") return "decides your role";
  return q.decides ? `could make it ${TIER_LABELS[q.decides as Tier]}` : "";
};

function question(q: OpenQuestion): string[] {
  const ref = [q.questionId, q.citation].filter(Boolean).join("; ");
  const lines = [`  - ${q.text} (${ref})${q.decides ? `: ${decidesText(q)}` : ""}`];
  if (q.notSure) lines.push(`    Answered "not sure".${q.whoCanAnswer ? ` Who can answer: ${q.whoCanAnswer}` : ""}`);
  else if (q.whoCanAnswer) lines.push(`    Who can answer: ${q.whoCanAnswer}`);
  return lines;
}

function headline(r: ClassificationResult): string {
  // Results made before these fields existed read as settled, with nothing to list.
  const possible = r.possibleTier ?? r.tier;
  if (r.disposition === "undetermined") {
    return possible === r.tier
      ? `Not determined yet (${TIER_LABELS[possible]} on the answers given)`
      : `Not determined yet — could be ${TIER_LABELS[possible]}`;
  }
  if (r.disposition === "requires_review") return `${TIER_LABELS[r.tier]} — requires legal review`;
  return `${TIER_LABELS[r.tier]} (final)`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ["", `${title}:`, ...lines] : [];
}

export function formatResult(r: ClassificationResult): string {
  const open = r.openQuestions ?? [];
  const deciding = open.filter((q) => q.decides);
  const completing = open.filter((q) => q.questionId && !q.decides);
  const review = open.filter((q) => !q.questionId && !q.decides);
  const applyNow = r.obligations.filter((o) => o.appliesNow).length;
  const lines = [
    headline(r),
    `Roles: ${r.roles.length ? r.roles.map((role) => ROLE_LABELS[role]).join(", ") : "none"}`,
    `Rule set ${r.ruleSet.id}, as of ${r.asOf}`,
    ...(r.disposition === "undetermined" && (r.possibleTier ?? r.tier) !== r.tier
      ? [`${TIER_LABELS[r.possibleTier]} unless the deciding questions rule it out.`]
      : []),
    ...section("Deciding questions", deciding.flatMap(question)),
    ...section(
      "Answers that contradict each other",
      (r.contradictions ?? []).map((c) => `  - ${c.text} (${c.questionIds.join(", ")}; ${c.citation})`),
    ),
    ...section(
      "Points for legal review",
      review.map((q) => `  - ${q.text} (${q.citation})`),
    ),
    ...section(
      "Answers that remove obligations",
      (r.removals ?? []).flatMap((x) => [
        `  - ${x.text} (${x.citation})`,
        `    Removes: ${x.removed.map((o) => o.title).join("; ")}`,
      ]),
    ),
    ...section(
      "Notes",
      (r.notes ?? []).map((n) => `  - ${n.text} (${n.citation})`),
    ),
    ...section("Other open questions", completing.flatMap(question)),
    "",
    `Obligations: ${r.obligations.length} (${applyNow} apply now). Use --json for the full result.`,
  ];
  return `${lines.join("\n")}\n`;
}
