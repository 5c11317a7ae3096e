import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import { keyValues, startSection, subheading, paragraph, type Ctx } from "../context";
import { dossierLabels } from "../labels";
import { optionWords } from "../option-words";
import { COLORS } from "../theme";

const list = (word: (code: string) => string, codes: string[], none: string) =>
  codes.length ? codes.map((c) => word(c)).join(", ") : none;

export function drawDescription(ctx: Ctx): void {
  const t = createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierDescription" });
  const { yesNo } = dossierLabels(ctx.locale);
  const words = optionWords(ctx.locale);
  const s = ctx.snapshot.system;
  const none = t("noneRecorded");
  startSection(ctx, t("title"));
  keyValues(ctx, [
    [t("name"), s.name],
    [t("description"), s.description],
    [t("intendedPurpose"), s.intendedPurpose],
    [t("businessUnit"), s.businessUnit],
    [t("owner"), s.owner ?? t("noOwner")],
    [t("vendor"), s.vendor],
    [t("sourcing"), words.sourcing(s.sourcing)],
    [t("lifecycle"), words.lifecycle(s.lifecycleStage)],
    [t("placedOnMarket"), s.placedOnMarketAt ? formatDateIn(ctx.locale, s.placedOnMarketAt) : t("notYet")],
    [t("memberStates"), list(words.memberState, s.memberStates, none)],
    [t("outputInEu"), yesNo(s.outputUsedInEu)],
    [t("affectedPersons"), list((c) => words.affectedGroup(c), s.affectedPersons, none)],
    [t("affectedNote"), s.affectedPersonsNote],
    [t("automation"), words.automation(s.automationLevel)],
    [t("humanOversight"), s.humanOversight],
    [t("dataCategories"), list((c) => words.dataCategory(c), s.dataCategories, none)],
    [t("intakeRevision"), String(s.intakeRevision)],
  ]);

  subheading(ctx, t("modelsHeading"));
  if (s.models.length === 0 && s.datasets.length === 0) {
    paragraph(ctx, t("noModels"), { color: COLORS.muted });
    return;
  }
  keyValues(ctx, [
    ...s.models.map((m): [string, string] => [
      t("model", { name: m.name }),
      [
        m.registryName && t("registryName", { name: m.registryName }),
        t("versions", { list: m.versions.join(", ") || t("noVersions") }),
      ]
        .filter(Boolean)
        .join("\n"),
    ]),
    ...s.datasets.map((d): [string, string] => [t("dataset", { name: d.name }), d.uri || t("noLocation")]),
  ]);
}
