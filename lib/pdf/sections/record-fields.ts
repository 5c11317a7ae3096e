import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { displayValue, type LegalField } from "@/lib/legal/fields";
import { localizeField } from "@/lib/legal/i18n";
import { contentWidth, ensureSpace, font, left, type Ctx } from "../context";
import type { DossierLegalRecord } from "../snapshot";
import { COLORS, SIZES } from "../theme";

type RecordText = ReturnType<typeof recordText>;
const recordText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierRecords" });

/** The word a required point left empty prints, in the dossier's language. */
export const missingWord = (ctx: Ctx) => recordText(ctx)("missing");

const LABEL_WIDTH = 170;

// The fields of one saved record, label beside value. A required field left empty prints "Missing" in the gap
// colour, so a reader sees exactly which point of the law is not written down; optional empty fields are skipped.
// Labels and option words are the definitions' English, read in the dossier's language (lib/legal/i18n).
export function recordFields(ctx: Ctx, defs: readonly LegalField[], fields: Record<string, string>): void {
  const { doc } = ctx;
  const missing = missingWord(ctx);
  const valueWidth = contentWidth(ctx) - LABEL_WIDTH;
  for (const def of defs) {
    const f = localizeField(ctx.locale, def);
    const value = displayValue(f, fields[f.key]);
    if (!value && !f.required) continue;
    const text = value || missing;
    const labelHeight = font(ctx, "bold", SIZES.small).heightOfString(f.label, { width: LABEL_WIDTH - 10 });
    const valueHeight = font(ctx, value ? "regular" : "bold").heightOfString(text, { width: valueWidth, lineGap: 1.5 });
    ensureSpace(ctx, Math.min(Math.max(labelHeight, valueHeight), 120) + 6);
    const y = doc.y;
    font(ctx, "bold", SIZES.small, COLORS.muted).text(f.label, left(ctx), y, { width: LABEL_WIDTH - 10 });
    const afterLabel = doc.y;
    font(ctx, value ? "regular" : "bold", SIZES.body, value ? COLORS.text : COLORS.gapText).text(
      text,
      left(ctx) + LABEL_WIDTH,
      y,
      { width: valueWidth, lineGap: 1.5 },
    );
    doc.x = left(ctx);
    doc.y = Math.max(doc.y, afterLabel) + 6;
  }
}

/** Owner, state, sign-off and linked evidence of a record, in one muted line. */
export function recordStatusLine(ctx: Ctx, record: DossierLegalRecord, options: { signOff?: boolean } = {}): void {
  const t: RecordText = recordText(ctx);
  const state = record.complete ? t("complete") : t("draft");
  const parts = [
    state,
    t("owner", { owner: record.owner ?? t("unassigned") }),
    t("lastSaved", { date: record.updatedAt.slice(0, 10) }),
  ];
  if (options.signOff)
    parts.push(
      record.signedOffBy
        ? t("signedOff", { name: record.signedOffBy, date: record.signedOffAt?.slice(0, 10) ?? "" })
        : t("notSignedOff"),
    );
  font(ctx, "regular", SIZES.small, record.complete ? COLORS.okText : COLORS.gapText).text(
    parts.join(" · "),
    left(ctx),
    ctx.doc.y,
    { width: contentWidth(ctx) },
  );
  if (record.evidence.length)
    font(ctx, "regular", SIZES.small, COLORS.muted).text(
      t("linkedEvidence", { list: record.evidence.join("; ") }),
      left(ctx),
      ctx.doc.y + 2,
      { width: contentWidth(ctx) },
    );
  ctx.doc.moveDown(0.6);
}
