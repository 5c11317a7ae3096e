import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEROGATION_ASSESSMENT_FIELDS, DEROGATION_REGISTRATION_FIELDS } from "@/lib/legal/derogation-fields";
import { FRIA_ASSESSMENT_FIELDS, FRIA_NOTIFICATION_FIELDS } from "@/lib/legal/fria-fields";
import { bullet, gapBox, keyValues, paragraph, startSection, subheading, type Ctx } from "../context";
import { optionWords } from "../option-words";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { COLORS } from "../theme";
import { anchor } from "./anchors";
import { missingWord, recordFields, recordStatusLine } from "./record-fields";

const recordsText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierRecordSections" });

// Art 6(3)/(4): a provider that relies on the derogation documents its assessment and registers under Art 49(2).
export function drawDerogation(ctx: Ctx): void {
  const facet = ctx.snapshot.classification?.result.facets.derogation;
  const record = ctx.snapshot.records.derogation;
  const t = recordsText(ctx);
  const missing = missingWord(ctx);
  startSection(ctx, t("derogationTitle"), { flow: true });
  anchor(ctx, GAP_DESTINATIONS["derogation"], { room: 0, above: 40 });
  paragraph(ctx, t("derogationIntro"), { color: COLORS.muted });
  if (facet) {
    keyValues(ctx, [
      [t("conditionsClaimed"), facet.conditions.length ? facet.conditions.join(", ") : t("noneNamed")],
      [
        t("engineView"),
        facet.valid === null ? t("notSettled") : facet.valid ? t("conditionsMet") : t("conditionsNotMet"),
      ],
    ]);
  }
  if (!record) {
    gapBox(ctx, t("assessmentMissingTitle"), t("assessmentMissingText", { missing }));
    gapBox(ctx, t("registrationMissingTitle"), t("registrationMissingText", { missing }));
    return;
  }
  subheading(ctx, t("assessment"));
  recordStatusLine(ctx, record, { signOff: true });
  recordFields(ctx, DEROGATION_ASSESSMENT_FIELDS, record.fields);
  if (!record.signedOffBy) gapBox(ctx, t("signOffMissingTitle", { missing }), t("signOffMissingText"));
  subheading(ctx, t("registrationHeading"));
  recordFields(ctx, DEROGATION_REGISTRATION_FIELDS, record.fields);
}

// Art 27: a fundamental rights impact assessment before first use, where the engine says the law requires one.
export function drawFria(ctx: Ctx): void {
  const s = ctx.snapshot.system;
  const record = ctx.snapshot.records.fria;
  const t = recordsText(ctx);
  const missing = missingWord(ctx);
  startSection(ctx, t("friaTitle"), { flow: true });
  anchor(ctx, GAP_DESTINATIONS["fria"], { room: 0, above: 40 });
  paragraph(ctx, t("friaIntro"), { color: COLORS.muted });
  if (record) {
    recordStatusLine(ctx, record);
    recordFields(ctx, FRIA_ASSESSMENT_FIELDS, record.fields);
    subheading(ctx, t("notificationHeading"));
    if (record.fields.notifiedOn) recordFields(ctx, FRIA_NOTIFICATION_FIELDS, record.fields);
    else gapBox(ctx, t("notificationMissingTitle", { missing }), t("notificationMissingText"));
    return;
  }
  gapBox(ctx, t("friaMissingTitle"), t("friaMissingText", { missing }));
  const notRecorded = t("notRecorded");
  const words = optionWords(ctx.locale);
  const affected = s.affectedPersons.map((g) => words.affectedGroup(g)).join(", ") || notRecorded;
  subheading(ctx, t("fromIntake"));
  bullet(ctx, t("intendedPurpose", { value: s.intendedPurpose || notRecorded }));
  bullet(
    ctx,
    t("affectedPersons", { value: s.affectedPersonsNote ? `${affected} (${s.affectedPersonsNote})` : affected }),
  );
  bullet(ctx, t("automation", { value: words.automation(s.automationLevel, notRecorded) }));
  bullet(ctx, t("humanOversight", { value: s.humanOversight || notRecorded }));
}
