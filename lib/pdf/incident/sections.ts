import { incidentClock } from "@/lib/incidents/clock";
import { clockHeadline, deadlineRule } from "@/lib/incidents/clock-text";
import {
  HARM_ARTICLES,
  HARM_LABELS,
  STATUS_LABELS,
  type IncidentHarmCode,
  type IncidentStatusCode,
} from "@/lib/incidents/labels";
import { formatDateTime } from "@/lib/utils";
import { bullet, contentWidth, font, keyValues, left, paragraph, subheading, type BaseCtx } from "../context";
import { label, roleLabel, tierLabel } from "../labels";
import { COLORS, SIZES } from "../theme";
import type { IncidentReportData } from "./report-data";

const date = (value: string | null) => (value ? formatDateTime(value) : "Not recorded");

export function drawTitle(ctx: BaseCtx, data: IncidentReportData): void {
  const { doc } = ctx;
  font(ctx, "bold", SIZES.small, COLORS.accent).text(
    "REPORT UNDER ARTICLE 73 OF REGULATION (EU) 2024/1689 (AI ACT)",
    left(ctx),
    doc.page.margins.top,
    { width: contentWidth(ctx) },
  );
  doc.moveDown(0.4);
  font(ctx, "bold", SIZES.title).text(`Serious incident ${data.incident.reference}`, { width: contentWidth(ctx) });
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

export function drawReportingClock(ctx: BaseCtx, data: IncidentReportData): void {
  const i = data.incident;
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
  subheading(ctx, "Dates and reporting deadline");
  keyValues(
    ctx,
    [
      ["Status", label(STATUS_LABELS, i.status)],
      ["Incident occurred", date(i.occurredAt)],
      ["Provider became aware", date(i.awareAt)],
      [
        "Reporting deadline",
        clock.deadline ? `${formatDateTime(clock.deadline)} (${deadlineRule(clock)})` : deadlineRule(clock),
      ],
      ["Clock at generation", clockHeadline(clock)],
      ["Initial report sent", date(i.initialReportAt)],
      ["Complete report sent", date(i.completeReportAt)],
      ["Member State of the incident", i.memberState],
      ["Market surveillance authority", i.authority],
    ],
    170,
  );
}

export function drawParties(ctx: BaseCtx, data: IncidentReportData): void {
  const { system: s } = data;
  const provider = s.roles.some((r) => r === "provider" || r === "product_manufacturer");
  subheading(ctx, "Reporting organisation");
  keyValues(
    ctx,
    [
      ["Organisation", data.organization.name],
      ["Role(s) for this system", s.roles.length ? s.roles.map(roleLabel).join(", ") : "Not classified"],
      [
        "Reporting capacity",
        provider
          ? "Provider: reports under Art 73(1)."
          : "Not the provider: a deployer informs the provider first (Art 26(5)); Art 73 applies to it only if the provider cannot be reached.",
      ],
      ["Prepared by", data.incident.createdByName ?? "—"],
    ],
    170,
  );
  subheading(ctx, "AI system concerned");
  keyValues(
    ctx,
    [
      ["System", s.name],
      ["Description", s.description],
      ["Intended purpose", s.intendedPurpose],
      ["Risk classification", tierLabel(s.tier)],
      ["Provider or vendor", s.vendor || (provider ? data.organization.name : "")],
      ["Used in Member States", s.memberStates.join(", ")],
    ],
    170,
  );
}

export function drawNarrative(ctx: BaseCtx, data: IncidentReportData): void {
  const i = data.incident;
  subheading(ctx, "Harm category");
  paragraph(ctx, i.harm ? `${label(HARM_LABELS, i.harm)} (${label(HARM_ARTICLES, i.harm)})` : "Not yet determined.");
  for (const [title, text] of [
    ["What happened", i.description],
    ["Affected persons", i.affectedPersons],
    ["Investigation and corrective actions", i.correctiveActions],
  ] as const) {
    subheading(ctx, title);
    paragraph(ctx, text || "Not yet recorded.", text ? {} : { color: COLORS.gapText });
  }
}

export function drawLegalBasis(ctx: BaseCtx): void {
  subheading(ctx, "Legal basis");
  for (const line of [
    "Art 3(49): a serious incident is an incident or malfunction leading directly or indirectly to (a) death or serious harm to health, (b) serious and irreversible disruption of critical infrastructure, (c) infringement of Union-law obligations protecting fundamental rights, or (d) serious harm to property or the environment.",
    "Art 73(1)-(2): providers report to the market surveillance authority of the Member State where the incident occurred, immediately after establishing a causal link or its reasonable likelihood, and no later than 15 days after becoming aware.",
    "Art 73(3): no later than 2 days for a widespread infringement (Art 3(61)) or a serious and irreversible disruption of critical infrastructure.",
    "Art 73(4): no later than 10 days in the event of the death of a person.",
    "Art 73(5): an initial report that is incomplete may be submitted, followed by a complete report.",
    "Art 73(6): the provider investigates without delay, including a risk assessment and corrective action, and does not alter the AI system in a way that may affect the evaluation of the causes before informing the authorities.",
  ])
    bullet(ctx, line);
  ctx.doc.moveDown(0.4);
  paragraph(
    ctx,
    "Deadlines here are computed as the awareness time plus the number of days in 24-hour steps (UTC), which is never later than the end of the last calendar day.",
    { color: COLORS.muted, size: SIZES.small },
  );
}
