import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { ANNEX_IV_SECTIONS } from "@/lib/legal/annex-iv";
import { localizeSection } from "@/lib/legal/i18n";
import { gapBox, paragraph, startSection, subheading, type Ctx } from "../context";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { COLORS } from "../theme";
import { anchor } from "./anchors";
import { missingWord, recordFields, recordStatusLine } from "./record-fields";
import { drawRegisterReference } from "./risks";

const RISK_SECTION_NUMBER = 5;

// Only printed where the law asks for it (provider of a high-risk system). Each of the nine sections shows what was
// written, with any required point left empty marked "Missing"; a section never saved is one marked gap.
export function drawAnnexIv(ctx: Ctx): void {
  const saved = ctx.snapshot.records.annexIv ?? [];
  const complete = saved.filter((r) => r.complete).length;
  const t = createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierAnnexIv" });
  startSection(ctx, t("title"), { flow: true });
  anchor(ctx, GAP_DESTINATIONS["annex-iv"], { room: 0, above: 40 });
  paragraph(ctx, t("intro"), { color: COLORS.muted });
  paragraph(ctx, t("complete", { complete: String(complete), total: String(ANNEX_IV_SECTIONS.length) }), {
    fontKey: "bold",
    color: complete === ANNEX_IV_SECTIONS.length ? COLORS.okText : COLORS.gapText,
  });
  for (const section of ANNEX_IV_SECTIONS.map((s) => localizeSection(ctx.locale, s))) {
    const heading = t("section", { number: String(section.number), title: section.title });
    const record = saved.find((r) => r.section === section.number);
    if (!record)
      gapBox(
        ctx,
        t("notRecorded", { heading }),
        t("required", { missing: missingWord(ctx), summary: section.summary }),
      );
    else {
      subheading(ctx, heading);
      recordStatusLine(ctx, record);
      recordFields(ctx, section.fields, record.fields);
    }
    // Section 5 describes the risk management system; its register is printed once, in its own section.
    if (section.number === RISK_SECTION_NUMBER) drawRegisterReference(ctx);
  }
}
