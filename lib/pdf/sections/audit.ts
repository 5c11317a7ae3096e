import { formatDateTime } from "@/lib/utils";
import { paragraph, startSection, type Ctx } from "../context";
import { auditTitle } from "@/lib/audit/phrases";
import { table } from "../table";
import { COLORS } from "../theme";

// The newest events about this system from the organisation's hash-chained audit trail.
export function drawAuditExcerpt(ctx: Ctx): void {
  const { events, total } = ctx.snapshot.audit;
  startSection(ctx, "Audit trail excerpt", { flow: true });
  if (events.length === 0) {
    paragraph(ctx, "No audit events are recorded for this system.", { color: COLORS.muted });
    return;
  }
  paragraph(
    ctx,
    `The ${events.length} most recent of ${total} events recorded for this system, newest first. Each event is chained to the previous one by its hash, so a changed or removed event is detectable.`,
    { color: COLORS.muted },
  );
  table(
    ctx,
    [
      { header: "No.", width: 0.08 },
      { header: "When", width: 0.2 },
      { header: "Who", width: 0.25 },
      { header: "What", width: 0.3 },
      { header: "Hash", width: 0.17 },
    ],
    events.map((e) => [
      String(e.sequence),
      formatDateTime(e.at),
      e.actor,
      { text: auditTitle(e.action), sub: e.entityType },
      { text: `${e.hash.slice(0, 12)}…`, fontKey: "mono" },
    ]),
  );
}
