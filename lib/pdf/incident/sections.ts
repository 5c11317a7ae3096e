import { incidentClock } from "@/lib/incidents/clock";
import { clockWordsIn } from "@/lib/incidents/clock-words";
import {
  HARM_ARTICLES,
  HARM_LABELS,
  STATUS_LABELS,
  type IncidentHarmCode,
  type IncidentStatusCode,
} from "@/lib/incidents/labels";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { bullet, contentWidth, font, keyValues, left, paragraph, subheading, type BaseCtx } from "../context";
import { dossierLabels, label } from "../labels";
import { COLORS, SIZES } from "../theme";
import type { IncidentReportData } from "./report-data";
import { HARM_KEYS, STATUS_KEYS } from "@/lib/incidents/label-keys";

export const incidentText = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "IncidentReportPdf" });
export type IncidentText = ReturnType<typeof incidentText>;

const known = <K extends string>(map: Record<K, string>, code: string | null): code is K =>
  code !== null && Object.hasOwn(map, code);

export function drawTitle(ctx: BaseCtx, data: IncidentReportData, t: IncidentText): void {
  const { doc } = ctx;
  font(ctx, "bold", SIZES.small, COLORS.accent).text(t("kicker"), left(ctx), doc.page.margins.top, {
    width: contentWidth(ctx),
  });
  doc.moveDown(0.4);
  font(ctx, "bold", SIZES.title).text(t("title", { reference: data.incident.reference }), {
    width: contentWidth(ctx),
  });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(data.incident.title, { width: contentWidth(ctx) });
  doc.moveDown(0.6);
  const y = doc.y;
  doc
    .moveTo(left(ctx), y)
    .lineTo(left(ctx) + contentWidth(ctx), y)
    .lineWidth(1)
    .strokeColor(COLORS.accent)
    .stroke();
  doc.y = y + 10;
}

export function drawReportingClock(ctx: BaseCtx, data: IncidentReportData, t: IncidentText, locale: Locale): void {
  const i = data.incident;
  const date = (value: string | null) => (value ? formatDateTimeIn(locale, value) : t("notRecorded"));
  const clock = incidentClock(
    {
      status: i.status as IncidentStatusCode,
      harm: i.harm as IncidentHarmCode | null,
      awareAt: i.awareAt ? new Date(i.awareAt) : null,
      initialReportAt: i.initialReportAt ? new Date(i.initialReportAt) : null,
      completeReportAt: i.completeReportAt ? new Date(i.completeReportAt) : null,
    },
    new Date(data.generatedAt),
  );
  const words = clockWordsIn(locale);
  subheading(ctx, t("datesHeading"));
  keyValues(
    ctx,
    [
      [t("status"), known(STATUS_KEYS, i.status) ? t(STATUS_KEYS[i.status]) : label(STATUS_LABELS, i.status)],
      [t("occurred"), date(i.occurredAt)],
      [t("aware"), date(i.awareAt)],
      [
        t("deadline"),
        clock.deadline ? `${formatDateTimeIn(locale, clock.deadline)} (${words.rule(clock)})` : words.rule(clock),
      ],
      [t("clock"), words.headline(clock)],
      [t("initialSent"), date(i.initialReportAt)],
      [t("completeSent"), date(i.completeReportAt)],
      [t("memberState"), i.memberState],
      [t("authority"), i.authority],
    ],
    170,
  );
}

export function drawParties(ctx: BaseCtx, data: IncidentReportData, t: IncidentText, locale: Locale): void {
  const { system: s } = data;
  const labels = dossierLabels(locale);
  const provider = s.roles.some((r) => r === "provider" || r === "product_manufacturer");
  subheading(ctx, t("organisationHeading"));
  keyValues(
    ctx,
    [
      [t("organisation"), data.organization.name],
      [t("roles"), s.roles.length ? s.roles.map(labels.role).join(", ") : labels.tier(null)],
      [t("capacity"), provider ? t("capacityProvider") : t("capacityOther")],
      [t("preparedBy"), data.incident.createdByName ?? "—"],
    ],
    170,
  );
  subheading(ctx, t("systemHeading"));
  keyValues(
    ctx,
    [
      [t("system"), s.name],
      [t("description"), s.description],
      [t("intendedPurpose"), s.intendedPurpose],
      [t("classification"), labels.tier(s.tier)],
      [t("vendor"), s.vendor || (provider ? data.organization.name : "")],
      [t("memberStates"), s.memberStates.join(", ")],
    ],
    170,
  );
}

export function drawNarrative(ctx: BaseCtx, data: IncidentReportData, t: IncidentText): void {
  const i = data.incident;
  subheading(ctx, t("harmHeading"));
  const harm = known(HARM_KEYS, i.harm) ? t(HARM_KEYS[i.harm]) : label(HARM_LABELS, i.harm);
  paragraph(ctx, i.harm ? `${harm} (${label(HARM_ARTICLES, i.harm)})` : t("harmUndetermined"));
  for (const [title, text] of [
    [t("whatHappened"), i.description],
    [t("affectedPersons"), i.affectedPersons],
    [t("correctiveActions"), i.correctiveActions],
  ] as const) {
    subheading(ctx, title);
    paragraph(ctx, text || t("notYetRecorded"), text ? {} : { color: COLORS.gapText });
  }
}

export function drawLegalBasis(ctx: BaseCtx, t: IncidentText): void {
  subheading(ctx, t("legalHeading"));
  for (const line of [t("law349"), t("law73_1"), t("law73_3"), t("law73_4"), t("law73_5"), t("law73_6")])
    bullet(ctx, line);
  ctx.doc.moveDown(0.4);
  paragraph(ctx, t("deadlineNote"), { color: COLORS.muted, size: SIZES.small });
}
