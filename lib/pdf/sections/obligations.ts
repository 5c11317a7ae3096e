import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import { ROLES } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { paragraph, startSection, subheading, type Ctx } from "../context";
import { dossierLabels, type DossierLabels } from "../labels";
import { literacyBacks, policiesBacking } from "../evidence-backing";
import type { DossierObligation, DossierSnapshot } from "../snapshot";
import { table, type Cell } from "../table";
import { COLORS } from "../theme";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { anchor } from "./anchors";

type ObligationsText = ReturnType<typeof obligationsText>;
const obligationsText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierObligations" });

const columns = (t: ObligationsText) => [
  { header: t("article"), width: 0.1 },
  { header: t("obligation"), width: 0.35 },
  { header: t("appliesFrom"), width: 0.1 },
  { header: t("status"), width: 0.1 },
  { header: t("owner"), width: 0.13 },
  { header: t("due"), width: 0.1 },
  { header: t("evidence"), width: 0.12 },
];

// Files and links, policies in force and, for Art 4, the literacy register: whatever backs the duty being Done.
function evidenceText(t: ObligationsText, snapshot: DossierSnapshot, o: DossierObligation): string {
  const policies = policiesBacking(snapshot, o).length;
  const parts = [
    o.evidenceCount > 0 && t("items", { count: o.evidenceCount }),
    policies > 0 && t("policies", { count: policies }),
    literacyBacks(snapshot, o) && t("literacyRegister"),
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : t("none");
}

function row(ctx: Ctx, t: ObligationsText, labels: DossierLabels, o: DossierObligation): Cell[] {
  const { locale, snapshot } = ctx;
  const notes = [
    o.summary && ruleText(locale, o.summary),
    o.blocking && t("blocking"),
    o.status === "NOT_APPLICABLE" &&
      o.notApplicableReason &&
      t("notApplicableBecause", { reason: o.notApplicableReason }),
    o.obsolete && t("obsolete"),
  ]
    .filter(Boolean)
    .join("\n");
  return [
    o.article,
    { text: ruleText(locale, o.title), sub: notes, fontKey: "bold" },
    formatDateIn(locale, o.appliesFrom),
    { text: labels.status(o.status), color: o.status === "DONE" ? COLORS.okText : COLORS.text },
    o.owner ?? t("unassigned"),
    o.dueDate ? formatDateIn(locale, o.dueDate) : "—",
    evidenceText(t, snapshot, o),
  ];
}

function countBy(obligations: DossierObligation[], status: DossierObligation["status"]) {
  return obligations.filter((o) => o.status === status).length;
}

// Grouped by the organisation's role, in the engine's role order; roles the engine does not know come last.
export function drawObligations(ctx: Ctx): void {
  const t = obligationsText(ctx);
  const labels = dossierLabels(ctx.locale);
  const all = ctx.snapshot.obligations;
  startSection(ctx, t("title"), { flow: true });
  anchor(ctx, GAP_DESTINATIONS["evidence"], { room: 0, above: 40 });
  if (all.length === 0) {
    paragraph(ctx, t("noObligations"), { color: COLORS.muted });
    return;
  }
  const obsolete = all.filter((o) => o.obsolete).length;
  paragraph(
    ctx,
    [
      t("counts", {
        count: all.length,
        done: String(countBy(all, "DONE")),
        inProgress: String(countBy(all, "IN_PROGRESS")),
        notStarted: String(countBy(all, "NOT_STARTED")),
        notApplicable: String(countBy(all, "NOT_APPLICABLE")),
      }),
      obsolete ? ` ${t("obsoleteCount", { count: obsolete })}` : "",
    ].join(""),
  );
  const roles = [...new Set([...ROLES.filter((r) => all.some((o) => o.role === r)), ...all.map((o) => o.role)])];
  for (const role of roles) {
    const items = all.filter((o) => o.role === role);
    // German capitalises nouns, so only English and French lower the role's first letter inside the sentence.
    const name = ctx.locale === "de" ? labels.role(role) : labels.role(role).toLowerCase();
    subheading(ctx, t("asRole", { role: name, count: String(items.length) }));
    table(
      ctx,
      columns(t),
      items.map((o) => row(ctx, t, labels, o)),
    );
  }
}
