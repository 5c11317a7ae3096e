import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { languageNameIn } from "@/lib/i18n/language-name";
import {
  contentWidth,
  ensureSpace,
  font,
  keyValues,
  left,
  paragraph,
  startSection,
  subheading,
  type Ctx,
} from "../context";
import { dossierLabels } from "../labels";
import { COLORS, SIZES } from "../theme";

type SignOffText = ReturnType<typeof signOffText>;
const signOffText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierSignOff" });

function signatureBox(ctx: Ctx, t: SignOffText, x: number, y: number, width: number, title: string): void {
  const { doc } = ctx;
  font(ctx, "bold", SIZES.body, COLORS.muted).text(title, x, y, { width });
  for (const [i, line] of [t("name"), t("role"), t("date"), t("signature")].entries()) {
    const lineY = y + 40 + i * 34;
    doc
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    font(ctx, "regular", SIZES.tiny, COLORS.faint).text(line, x, lineY + 3, { width });
  }
}

// A paper sign-off block for those who print the dossier, and how to verify the file: its own SHA-256 cannot be
// inside it, so Actlas records it at export and compares an uploaded copy byte for byte.
export function drawSignOff(ctx: Ctx): void {
  const { doc, snapshot: s } = ctx;
  const t = signOffText(ctx);
  startSection(ctx, t("title"), { flow: true });
  keyValues(ctx, [
    [
      t("preparedBy"),
      `${s.dossier.exportedBy.name} (${dossierLabels(ctx.locale).memberRole(s.dossier.exportedBy.role)}), ${s.dossier.exportedBy.email}`,
    ],
    [t("exported"), formatDateTimeIn(ctx.locale, s.dossier.generatedAt)],
    [t("version"), String(s.dossier.version)],
  ]);
  paragraph(ctx, t("attestations"), { color: COLORS.muted });

  ensureSpace(ctx, 190);
  const y = doc.y + 10;
  const gap = 24;
  const width = (contentWidth(ctx) - gap) / 2;
  signatureBox(ctx, t, left(ctx), y, width, t("approvedLegal"));
  signatureBox(ctx, t, left(ctx) + width + gap, y, width, t("acknowledgedManagement"));
  doc.x = left(ctx);
  doc.y = y + 190;

  subheading(ctx, t("howToVerify"));
  paragraph(ctx, t("verifyStep1"));
  paragraph(ctx, t("verifyStep2"));
  paragraph(ctx, t("verifyStep3"));
  // A copy in another language is rendered from the sealed snapshot on request: its own bytes are not registered.
  if (ctx.sealedIn && ctx.sealedIn !== ctx.locale)
    paragraph(ctx, t("copyNote", { language: languageNameIn(ctx.locale, ctx.sealedIn) }), { fontKey: "bold" });
  font(ctx, "mono", SIZES.small, COLORS.muted).text(
    t("snapshotHash", { hash: ctx.snapshotSha256 }),
    left(ctx),
    doc.y + 4,
    { width: contentWidth(ctx) },
  );
}
