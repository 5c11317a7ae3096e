import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { GAP_DESTINATIONS, openQuestionsIn } from "@/lib/pdf/gaps";
import type { DossierClassification } from "@/lib/pdf/snapshot";
import type { ClassificationResult } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { bullet, paragraph, subheading, type Ctx } from "../context";
import { dossierLabels } from "../labels";
import { COLORS } from "../theme";
import { anchor } from "./anchors";

type OpenText = ReturnType<typeof openText>;
const openText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierOpenPoints" });

const DISPOSITION_KEY = {
  final: "final",
  requires_review: "requiresReview",
  undetermined: "undetermined",
} as const satisfies Record<ClassificationResult["disposition"], string>;

const REVIEWED_KEY = {
  FINAL: "final",
  REQUIRES_REVIEW: "requiresReview",
  UNDETERMINED: "undetermined",
} as const satisfies Record<NonNullable<DossierClassification["disposition"]>, string>;

/** The state after legal's latest decision on the run (older snapshots lack it: the engine's). */
export function dispositionText(ctx: Ctx, c: DossierClassification): string {
  const t = openText(ctx);
  const r = c.result;
  if (c.disposition) {
    const confirmed = c.disposition === "FINAL" && r.disposition === "requires_review";
    return confirmed ? t("finalReviewed") : t(REVIEWED_KEY[c.disposition]);
  }
  const key = DISPOSITION_KEY[r.disposition];
  return key ? t(key) : r.disposition;
}

/** While undetermined the tier is only a floor, so the dossier states the ceiling next to it, never the floor alone. */
export function tierText(ctx: Ctx, c: DossierClassification): string {
  const t = openText(ctx);
  const { tier } = dossierLabels(ctx.locale);
  const r = c.result;
  // A tier legal set by override is the answer, whatever the engine said.
  if (c.tier && c.tier.toLowerCase() !== r.tier)
    return t("tierOverridden", { tier: tier(c.tier), engine: tier(r.tier) });
  if (r.disposition !== "undetermined") return tier(r.tier);
  const ceiling = r.possibleTier ?? r.tier;
  return ceiling === r.tier
    ? t("tierUndetermined", { tier: tier(r.tier) })
    : t("tierCouldBe", { ceiling: tier(ceiling), tier: tier(r.tier) });
}

/**
 * Open questions split by what they can change, counted from the run's answers as the app counts them (the engine's
 * own list names only the questions a gate read); notes and answers that remove duties, each with their citation.
 */
export function drawOpenPoints(ctx: Ctx, c: DossierClassification): void {
  const t = openText(ctx);
  const rule = (english: string) => ruleText(ctx.locale, english);
  const r = c.result;
  const { deciding, completing } = openQuestionsIn(c);
  anchor(ctx, GAP_DESTINATIONS["open-questions"]);
  subheading(ctx, t("decidingHeading"));
  if (deciding.length === 0) paragraph(ctx, t("decidingNone"), { color: COLORS.muted });
  for (const q of deciding) bullet(ctx, questionLine(ctx, t, q));
  subheading(ctx, t("completingHeading"));
  if (completing.length === 0) paragraph(ctx, t("completingNone"), { color: COLORS.muted });
  for (const q of completing) bullet(ctx, questionLine(ctx, t, q));

  const notes = r.notes ?? [];
  subheading(ctx, t("notesHeading"));
  if (notes.length === 0) paragraph(ctx, t("none"), { color: COLORS.muted });
  for (const n of notes) {
    const concerns = r.obligations.filter((o) => o.notes?.some((x) => x.code === n.code)).map((o) => rule(o.title));
    bullet(
      ctx,
      `${rule(n.text)} (${n.citation})${concerns.length ? ` ${t("concerns", { list: [...new Set(concerns)].join("; ") })}` : ""}`,
    );
  }

  const removals = r.removals ?? [];
  subheading(ctx, t("removalsHeading"));
  if (removals.length === 0) paragraph(ctx, t("none"), { color: COLORS.muted });
  for (const x of removals)
    bullet(
      ctx,
      `${rule(x.text)} (${x.citation}) ${t("removes", { list: [...new Set(x.removed.map((o) => rule(o.title)))].join("; ") })}`,
    );
}

function questionLine(ctx: Ctx, t: OpenText, q: ClassificationResult["openQuestions"][number]): string {
  const who = q.whoCanAnswer ? t("whoCanAnswer", { who: ruleText(ctx.locale, q.whoCanAnswer) }) : ".";
  const sure = q.notSure ? ` ${t("notSure")}${who}` : "";
  return `${ruleText(ctx.locale, q.text)} (${q.citation})${sure}`;
}
