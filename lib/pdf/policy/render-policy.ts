import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Role } from "@/lib/access/permissions";
import type { PolicyKindCode } from "@/lib/validations/policies";
import { contentWidth, ensureSpace, font, keyValues, left, paragraph, type BaseCtx } from "../context";
import { drawPageFurniture, openDocument } from "../document";
import { COLORS, SIZES } from "../theme";
import type { PolicyBlock } from "@/lib/policies/markdown-blocks";

export type PolicyPdfData = {
  organizationName: string;
  title: string;
  kind: PolicyKindCode;
  number: number;
  status: "in force" | "retired";
  publishedAt: string | null;
  retiredAt: string | null;
  approvedBy: string;
  approvedAt: string | null;
  audience: { all: boolean; roles: Role[]; units: string[] };
  changeNote: string;
  blocks: PolicyBlock[];
  generatedAt: string;
};

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

const KIND_KEY = {
  ACCEPTABLE_USE: "kindAcceptableUse",
  RISK_MANAGEMENT: "kindRiskManagement",
  DATA_GOVERNANCE: "kindDataGovernance",
  HUMAN_OVERSIGHT: "kindHumanOversight",
  OTHER: "kindOther",
} as const;
const ROLE_KEY = {
  ADMIN: "roleAdmin",
  COMPLIANCE_OFFICER: "roleComplianceOfficer",
  LEGAL: "roleLegal",
  MANAGER: "roleManager",
  AUDITOR: "roleAuditor",
} as const;

function block(ctx: BaseCtx, b: PolicyBlock): void {
  const { doc } = ctx;
  switch (b.kind) {
    case "heading":
      // A heading keeps room for two lines of what follows, so it never ends a page alone.
      ensureSpace(ctx, 48);
      doc.moveDown(b.depth <= 2 ? 0.6 : 0.3);
      font(ctx, "bold", b.depth <= 2 ? SIZES.h2 : SIZES.body).text(b.text, left(ctx), doc.y, {
        width: contentWidth(ctx),
      });
      doc.moveDown(0.3);
      return;
    case "paragraph":
      ensureSpace(ctx, 14);
      paragraph(ctx, b.text, b.quote ? { color: COLORS.muted, indent: 12 } : {});
      return;
    case "item": {
      ensureSpace(ctx, 14);
      const indent = 4 + b.level * 14;
      const y = doc.y;
      font(ctx, "regular", SIZES.body, COLORS.accent).text(b.marker, left(ctx) + indent, y, { lineBreak: false });
      font(ctx, "regular").text(b.text, left(ctx) + indent + 16, y, {
        width: contentWidth(ctx) - indent - 16,
        lineGap: 1.5,
      });
      doc.x = left(ctx);
      doc.moveDown(0.2);
      return;
    }
    case "code":
      ensureSpace(ctx, 14);
      font(ctx, "mono", SIZES.small).text(b.text, left(ctx) + 8, doc.y, { width: contentWidth(ctx) - 8 });
      doc.moveDown(0.4);
      return;
    case "rule": {
      doc.moveDown(0.3);
      const y = doc.y;
      doc
        .moveTo(left(ctx), y)
        .lineTo(left(ctx) + contentWidth(ctx), y)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
      doc.moveDown(0.5);
      return;
    }
  }
}

/**
 * One published version of a policy, its text from Markdown blocks (no database here); signed by the caller. The
 * frame (labels, kind, state) is in the organisation's document language; the policy's own text is as written.
 */
export function renderPolicy(data: PolicyPdfData, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "PolicyPdf" });
  const kind = t(KIND_KEY[data.kind]);
  const number = String(data.number);
  const org = data.organizationName;
  const { doc, done } = openDocument(
    {
      Title: t("metaTitle", { title: data.title, number, organization: org }),
      Author: org,
      Subject: t("metaSubject", { kind, number }),
      CreationDate: new Date(data.generatedAt),
    },
    locale,
  );
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text(data.title, left(ctx), doc.y, { width: contentWidth(ctx) });
  const a = data.audience;
  const audience = a.all ? t("everyMember") : [...a.roles.map((r) => t(ROLE_KEY[r])), ...a.units].join(", ");
  const state = data.status === "in force" ? t("inForce") : t("retiredState");
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(t("subtitle", { kind, number, state }), {
    width: contentWidth(ctx),
  });
  doc.moveDown(0.8);
  keyValues(ctx, [
    [t("organisation"), org],
    [t("published"), day(data.publishedAt)],
    ...(data.retiredAt ? ([[t("retired"), day(data.retiredAt)]] as [string, string][]) : []),
    [t("approvedBy"), data.approvedAt ? `${data.approvedBy}, ${day(data.approvedAt)}` : data.approvedBy],
    [t("appliesTo"), audience],
    ...(data.changeNote ? ([[t("changed"), data.changeNote]] as [string, string][]) : []),
  ]);
  const y = doc.y + 4;
  doc
    .moveTo(left(ctx), y)
    .lineTo(left(ctx) + contentWidth(ctx), y)
    .lineWidth(1)
    .strokeColor(COLORS.accent)
    .stroke();
  doc.y = y + 12;
  if (data.blocks.length === 0) paragraph(ctx, t("empty"), { color: COLORS.muted });
  for (const b of data.blocks) block(ctx, b);
  drawPageFurniture(ctx, {
    headLeft: t("head", { title: data.title, number }),
    headRight: org,
    footLeft: t("foot", { organization: org, day: data.generatedAt.slice(0, 10) }),
    pageOf: (page, count) => t("pageOf", { page: String(page), count: String(count) }),
  });
  doc.end();
  return done;
}
