import { ROLES } from "@/lib/rules";
import { STATUS_LABELS } from "@/lib/validations/obligation";
import { formatDate } from "@/lib/utils";
import { paragraph, startSection, subheading, type Ctx } from "../context";
import { label, roleLabel } from "../labels";
import { literacyBacks, policiesBacking } from "../evidence-backing";
import type { DossierObligation, DossierSnapshot } from "../snapshot";
import { table, type Cell } from "../table";
import { COLORS } from "../theme";
import { countPhrase } from "@/lib/plural";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { anchor } from "./anchors";

const COLUMNS = [
  { header: "Article", width: 0.1 },
  { header: "Obligation", width: 0.35 },
  { header: "Applies from", width: 0.1 },
  { header: "Status", width: 0.1 },
  { header: "Owner", width: 0.13 },
  { header: "Due", width: 0.1 },
  { header: "Evidence", width: 0.12 },
];

// Files and links, policies in force and, for Art 4, the literacy register: whatever backs the duty being Done.
function evidenceText(snapshot: DossierSnapshot, o: DossierObligation): string {
  const policies = policiesBacking(snapshot, o).length;
  const parts = [
    o.evidenceCount > 0 && countPhrase(o.evidenceCount, "item"),
    policies > 0 && countPhrase(policies, "policy", "policies"),
    literacyBacks(snapshot, o) && "Literacy register",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "None";
}

function row(snapshot: DossierSnapshot, o: DossierObligation): Cell[] {
  const notes = [
    o.summary,
    o.blocking && "Blocking: must be done before the system is placed on the market or used.",
    o.status === "NOT_APPLICABLE" && o.notApplicableReason && `Not applicable because: ${o.notApplicableReason}`,
    o.obsolete && "No longer derived by the current classification; kept for the record.",
  ]
    .filter(Boolean)
    .join("\n");
  return [
    o.article,
    { text: o.title, sub: notes, fontKey: "bold" },
    formatDate(o.appliesFrom),
    { text: label(STATUS_LABELS, o.status), color: o.status === "DONE" ? COLORS.okText : COLORS.text },
    o.owner ?? "Unassigned",
    o.dueDate ? formatDate(o.dueDate) : "—",
    evidenceText(snapshot, o),
  ];
}

function countBy(obligations: DossierObligation[], status: DossierObligation["status"]) {
  return obligations.filter((o) => o.status === status).length;
}

// Grouped by the organisation's role, in the engine's role order; roles the engine does not know come last.
export function drawObligations(ctx: Ctx): void {
  const all = ctx.snapshot.obligations;
  startSection(ctx, "Obligations", { flow: true });
  anchor(ctx, GAP_DESTINATIONS["evidence"], { room: 0, above: 40 });
  if (all.length === 0) {
    paragraph(ctx, "No obligations are derived for this system (or it has not been classified yet).", {
      color: COLORS.muted,
    });
    return;
  }
  const obsolete = all.filter((o) => o.obsolete).length;
  paragraph(
    ctx,
    [
      `${countPhrase(all.length, "obligation")}: ${countBy(all, "DONE")} done, ${countBy(all, "IN_PROGRESS")} in progress, ${countBy(all, "NOT_STARTED")} not started, ${countBy(all, "NOT_APPLICABLE")} not applicable.`,
      obsolete ? ` ${obsolete} no longer derived by the current classification.` : "",
    ].join(""),
  );
  const roles = [...new Set([...ROLES.filter((r) => all.some((o) => o.role === r)), ...all.map((o) => o.role)])];
  for (const role of roles) {
    const items = all.filter((o) => o.role === role);
    subheading(ctx, `As ${roleLabel(role).toLowerCase()} (${items.length})`);
    table(
      ctx,
      COLUMNS,
      items.map((o) => row(ctx.snapshot, o)),
    );
  }
}
