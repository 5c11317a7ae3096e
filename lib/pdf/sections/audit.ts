import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { paragraph, startSection, type Ctx } from "../context";
import { actorLabelIn } from "@/lib/audit/actor-label";
import { auditTitleIn } from "@/lib/audit/phrases";
import { table } from "../table";
import { COLORS } from "../theme";

// The newest events about this system from the organisation's hash-chained audit trail.
export function drawAuditExcerpt(ctx: Ctx): void {
  const t = createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierAudit" });
  const { events, total } = ctx.snapshot.audit;
  startSection(ctx, t("title"), { flow: true });
  if (events.length === 0) {
    paragraph(ctx, t("noEvents"), { color: COLORS.muted });
    return;
  }
  paragraph(ctx, t("summary", { shown: String(events.length), total: String(total) }), { color: COLORS.muted });
  table(
    ctx,
    [
      { header: t("number"), width: 0.08 },
      { header: t("when"), width: 0.2 },
      { header: t("who"), width: 0.25 },
      { header: t("what"), width: 0.3 },
      { header: t("hash"), width: 0.17 },
    ],
    events.map((e) => [
      String(e.sequence),
      formatDateTimeIn(ctx.locale, e.at),
      actorLabelIn(ctx.locale, e.actor),
      { text: auditTitleIn(ctx.locale, e.action), sub: e.entityType },
      { text: `${e.hash.slice(0, 12)}…`, fontKey: "mono" },
    ]),
  );
}
