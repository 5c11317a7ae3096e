import { GAP_DESTINATIONS, openQuestionsIn } from "@/lib/pdf/gaps";
import type { DossierClassification } from "@/lib/pdf/snapshot";
import type { ClassificationResult } from "@/lib/rules";
import { bullet, paragraph, subheading, type Ctx } from "../context";
import { tierLabel } from "../labels";
import { COLORS } from "../theme";
import { anchor } from "./anchors";

const DISPOSITION_TEXT: Record<ClassificationResult["disposition"], string> = {
  final: "Final",
  requires_review: "Requires review by legal: a disputed reading changes the tier, a role or the scope",
  undetermined: "Not determined yet: questions that decide the result are open",
};

const REVIEWED_TEXT: Record<NonNullable<DossierClassification["disposition"]>, string> = {
  FINAL: "Final",
  REQUIRES_REVIEW: DISPOSITION_TEXT.requires_review,
  UNDETERMINED: DISPOSITION_TEXT.undetermined,
};

/** The state after legal's latest decision on the run (older snapshots lack it: the engine's). */
export function dispositionText(c: DossierClassification): string {
  const r = c.result;
  if (c.disposition) {
    const confirmed = c.disposition === "FINAL" && r.disposition === "requires_review";
    return confirmed ? "Final (reviewed by legal)" : REVIEWED_TEXT[c.disposition];
  }
  return DISPOSITION_TEXT[r.disposition] ?? r.disposition;
}

/** While undetermined the tier is only a floor, so the dossier states the ceiling next to it, never the floor alone. */
export function tierText(c: DossierClassification): string {
  const r = c.result;
  // A tier legal set by override is the answer, whatever the engine said.
  if (c.tier && c.tier.toLowerCase() !== r.tier)
    return `${tierLabel(c.tier)} (set by legal; the engine said ${tierLabel(r.tier)})`;
  if (r.disposition !== "undetermined") return tierLabel(r.tier);
  const ceiling = r.possibleTier ?? r.tier;
  return ceiling === r.tier
    ? `Not determined yet (${tierLabel(r.tier)} unless the open questions show otherwise)`
    : `Not determined yet: could be ${tierLabel(ceiling)} (${tierLabel(r.tier)} on the answers given so far)`;
}

/**
 * Open questions split by what they can change, counted from the run's answers as the app counts them (the engine's
 * own list names only the questions a gate read); notes and answers that remove duties, each with their citation.
 */
export function drawOpenPoints(ctx: Ctx, c: DossierClassification): void {
  const r = c.result;
  const { deciding, completing } = openQuestionsIn(c);
  anchor(ctx, GAP_DESTINATIONS["open-questions"]);
  subheading(ctx, "Questions that decide the result");
  if (deciding.length === 0)
    paragraph(ctx, "None: every question that decides scope, roles and tier is answered.", { color: COLORS.muted });
  for (const q of deciding) bullet(ctx, questionLine(q));
  subheading(ctx, "Open questions that complete the obligations");
  if (completing.length === 0) paragraph(ctx, "None: the engine had every answer it needed.", { color: COLORS.muted });
  for (const q of completing) bullet(ctx, questionLine(q));

  const notes = r.notes ?? [];
  subheading(ctx, "Notes: disputed dates and readings");
  if (notes.length === 0) paragraph(ctx, "None.", { color: COLORS.muted });
  for (const n of notes) {
    const concerns = r.obligations.filter((o) => o.notes?.some((x) => x.code === n.code)).map((o) => o.title);
    bullet(
      ctx,
      `${n.text} (${n.citation})${concerns.length ? ` Concerns: ${[...new Set(concerns)].join("; ")}.` : ""}`,
    );
  }

  const removals = r.removals ?? [];
  subheading(ctx, "Answers that remove obligations");
  if (removals.length === 0) paragraph(ctx, "None.", { color: COLORS.muted });
  for (const x of removals)
    bullet(ctx, `${x.text} (${x.citation}) Removes: ${[...new Set(x.removed.map((o) => o.title))].join("; ")}.`);
}

function questionLine(q: ClassificationResult["openQuestions"][number]): string {
  const sure = q.notSure ? ' Answered "not sure"' + (q.whoCanAnswer ? `; who can answer: ${q.whoCanAnswer}` : ".") : "";
  return `${q.text} (${q.citation})${sure}`;
}
