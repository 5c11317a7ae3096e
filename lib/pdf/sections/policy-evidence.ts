import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import { ruleText } from "@/lib/rules/i18n";
import { contentWidth, ensureSpace, font, left, paragraph, subheading, type Ctx } from "../context";
import { inForce } from "../evidence-backing";
import type { DossierPolicyEvidence } from "../snapshot";
import { COLORS, SIZES } from "../theme";

// Policies count as evidence of the duties they are linked to (a published version, like a file or a link), so
// they are listed beside the files: which version, since when, for which duties, and how many of the people it is
// addressed to have acknowledged reading it (a policy nobody read is weak evidence of practice).

type RowText = ReturnType<typeof rowText>;
const rowText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierPolicyRows" });

const acknowledgement = (t: RowText, { acknowledged, total }: DossierPolicyEvidence["acknowledgement"]) =>
  total === 0
    ? t("ackNone")
    : t("ack", {
        acknowledged: String(acknowledged),
        total,
        percent: String(Math.round((100 * acknowledged) / total)),
      });

function standing(ctx: Ctx, t: RowText, p: DossierPolicyEvidence): string {
  const published = p.publishedAt ? t("published", { day: formatDateIn(ctx.locale, p.publishedAt) }) : t("noPublished");
  const version = String(p.version);
  if (inForce(p)) return t("inForce", { version, published });
  if (p.status === "RETIRED") return t("superseded", { version, published });
  return t("otherStatus", { version, published, status: p.status.toLowerCase() });
}

function drawPolicy(ctx: Ctx, p: DossierPolicyEvidence): void {
  const { doc } = ctx;
  const t = rowText(ctx);
  const x = left(ctx);
  const width = contentWidth(ctx);
  ensureSpace(ctx, 60);
  doc
    .moveTo(x, doc.y)
    .lineTo(x + width, doc.y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y += 6;
  font(ctx, "bold").text(t("policy", { title: p.title }), x, doc.y, { width });
  font(ctx, "regular", SIZES.small, inForce(p) ? COLORS.muted : COLORS.badText).text(
    standing(ctx, t, p),
    x,
    doc.y + 1,
    {
      width,
    },
  );
  const duties = p.obligations.map((o) => `${o.article}: ${ruleText(ctx.locale, o.title)}`).join("; ");
  font(ctx, "regular", SIZES.small).text(t("forDuties", { duties }), x + 12, doc.y + 3, { width: width - 12 });
  font(ctx, "regular", SIZES.small).text(acknowledgement(t, p.acknowledgement), x + 12, doc.y + 1, {
    width: width - 12,
  });
  doc.x = x;
  doc.y += 8;
}

/** The policies of a snapshot that lists them; older snapshots print nothing here. */
export function drawPolicyEvidence(ctx: Ctx): void {
  const policies = ctx.snapshot.policyEvidence;
  if (!policies) return;
  const t = createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierPolicies" });
  subheading(ctx, t("heading"));
  if (policies.length === 0) {
    paragraph(ctx, t("noPolicies"), { color: COLORS.muted });
    return;
  }
  paragraph(ctx, t("summary", { count: policies.filter(inForce).length }), { color: COLORS.muted });
  for (const p of policies) drawPolicy(ctx, p);
}
