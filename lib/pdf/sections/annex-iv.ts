import { ANNEX_IV_SECTIONS } from "@/lib/legal/annex-iv";
import { gapBox, paragraph, startSection, subheading, type Ctx } from "../context";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { COLORS } from "../theme";
import { anchor } from "./anchors";
import { MISSING, recordFields, recordStatusLine } from "./record-fields";
import { drawRegisterReference } from "./risks";

const RISK_SECTION_NUMBER = 5;

// Only printed where the law asks for it (provider of a high-risk system). Each of the nine sections shows what was
// written, with any required point left empty marked "Missing"; a section never saved is one marked gap.
export function drawAnnexIv(ctx: Ctx): void {
  const saved = ctx.snapshot.records.annexIv ?? [];
  const complete = saved.filter((r) => r.complete).length;
  startSection(ctx, "Annex IV technical documentation", { flow: true });
  anchor(ctx, GAP_DESTINATIONS["annex-iv"], { room: 0, above: 40 });
  paragraph(
    ctx,
    "As provider of a high-risk AI system, the organisation must draw up this documentation before the system is placed on the market or put into service, and keep it up to date (Art 11(1)).",
    { color: COLORS.muted },
  );
  paragraph(ctx, `${complete} of ${ANNEX_IV_SECTIONS.length} sections complete.`, {
    fontKey: "bold",
    color: complete === ANNEX_IV_SECTIONS.length ? COLORS.okText : COLORS.gapText,
  });
  for (const section of ANNEX_IV_SECTIONS) {
    const heading = `Section ${section.number}. ${section.title}`;
    const record = saved.find((r) => r.section === section.number);
    if (!record) gapBox(ctx, `${heading}: not recorded yet`, `${MISSING}. Required content: ${section.summary}`);
    else {
      subheading(ctx, heading);
      recordStatusLine(ctx, record);
      recordFields(ctx, section.fields, record.fields);
    }
    // Section 5 describes the risk management system; its register is printed once, in its own section.
    if (section.number === RISK_SECTION_NUMBER) drawRegisterReference(ctx);
  }
}
