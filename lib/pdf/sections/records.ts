import { DEROGATION_ASSESSMENT_FIELDS, DEROGATION_REGISTRATION_FIELDS } from "@/lib/legal/derogation-fields";
import { FRIA_ASSESSMENT_FIELDS, FRIA_NOTIFICATION_FIELDS } from "@/lib/legal/fria-fields";
import { AFFECTED_GROUP_LABELS, AUTOMATION_LABELS } from "@/lib/validations/system-fields";
import { bullet, gapBox, keyValues, paragraph, startSection, subheading, type Ctx } from "../context";
import { label } from "../labels";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { COLORS } from "../theme";
import { anchor } from "./anchors";
import { MISSING, recordFields, recordStatusLine } from "./record-fields";

// Art 6(3)/(4): a provider that relies on the derogation documents its assessment and registers under Art 49(2).
export function drawDerogation(ctx: Ctx): void {
  const facet = ctx.snapshot.classification?.result.facets.derogation;
  const record = ctx.snapshot.records.derogation;
  startSection(ctx, "Art 6(3) assessment", { flow: true });
  anchor(ctx, GAP_DESTINATIONS["derogation"], { room: 0, above: 40 });
  paragraph(
    ctx,
    "The provider considers this Annex III system not high-risk under Art 6(3). Art 6(4) requires the assessment to be documented before the system is placed on the market or put into service, and the system to be registered in the EU database (Art 49(2), Annex VIII Section B).",
    { color: COLORS.muted },
  );
  if (facet) {
    keyValues(ctx, [
      ["Conditions claimed", facet.conditions.length ? facet.conditions.join(", ") : "None named"],
      [
        "Engine's view",
        facet.valid === null
          ? "Not settled yet (for example, the profiling question is unanswered)"
          : facet.valid
            ? "Conditions met"
            : "Conditions not met: the system stays high-risk",
      ],
    ]);
  }
  if (!record) {
    gapBox(
      ctx,
      "Assessment record: not recorded yet",
      `${MISSING}. Needed: the condition relied on and why it holds, the profiling check (an Annex III system that profiles natural persons is always high-risk), and legal's sign-off.`,
    );
    gapBox(
      ctx,
      "EU database registration data: not recorded yet",
      `${MISSING}. Annex VIII Section B: name and contact details, trade name, intended purpose, the Art 6(3) condition relied on, and status.`,
    );
    return;
  }
  subheading(ctx, "Assessment");
  recordStatusLine(ctx, record, { signOff: true });
  recordFields(ctx, DEROGATION_ASSESSMENT_FIELDS, record.fields);
  if (!record.signedOffBy)
    gapBox(
      ctx,
      `Legal sign-off: ${MISSING}`,
      "The assessment has not been signed off by legal, so the classification keeps the derogation under review.",
    );
  subheading(ctx, "EU database registration data (Annex VIII Section B)");
  recordFields(ctx, DEROGATION_REGISTRATION_FIELDS, record.fields);
}

// Art 27: a fundamental rights impact assessment before first use, where the engine says the law requires one.
export function drawFria(ctx: Ctx): void {
  const s = ctx.snapshot.system;
  const record = ctx.snapshot.records.fria;
  startSection(ctx, "Fundamental rights impact assessment (Art 27)", { flow: true });
  anchor(ctx, GAP_DESTINATIONS["fria"], { room: 0, above: 40 });
  paragraph(
    ctx,
    "The law requires a fundamental rights impact assessment before this system is first used, and the market surveillance authority must be notified of its results (Art 27(3)).",
    { color: COLORS.muted },
  );
  if (record) {
    recordStatusLine(ctx, record);
    recordFields(ctx, FRIA_ASSESSMENT_FIELDS, record.fields);
    subheading(ctx, "Notification to the market surveillance authority");
    if (record.fields.notifiedOn) recordFields(ctx, FRIA_NOTIFICATION_FIELDS, record.fields);
    else
      gapBox(
        ctx,
        `Notification: ${MISSING}`,
        "No notification of the results to the market surveillance authority is recorded (Art 27(3)).",
      );
    return;
  }
  gapBox(
    ctx,
    "FRIA: not recorded yet",
    `${MISSING}. Required content (Art 27(1)): (a) the processes in which the system is used; (b) the period and frequency of use; (c) the categories of persons and groups affected; (d) the specific risks of harm to them; (e) the human-oversight measures; (f) the measures if risks materialise, including governance and complaint mechanisms; and a note of the notification to the market surveillance authority.`,
  );
  subheading(ctx, "Already known from the intake");
  bullet(ctx, `Intended purpose: ${s.intendedPurpose || "not recorded"}`);
  bullet(
    ctx,
    `Affected persons: ${s.affectedPersons.map((g) => label(AFFECTED_GROUP_LABELS, g)).join(", ") || "not recorded"}${s.affectedPersonsNote ? ` (${s.affectedPersonsNote})` : ""}`,
  );
  bullet(ctx, `Degree of automation: ${label(AUTOMATION_LABELS, s.automationLevel, "not recorded")}`);
  bullet(ctx, `Human oversight: ${s.humanOversight || "not recorded"}`);
}
