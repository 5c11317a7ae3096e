import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";
import { db } from "@/lib/db/client";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { renderSoa } from "@/lib/pdf/soa/render-soa";
import { CURRENT_RULE_SET_ID } from "@/lib/rules/registry";
import { FRAMEWORKS, STANDARDS_VERSION, type FrameworkId } from "@/lib/standards";
import { soaRows, type SoaRow } from "@/lib/standards/soa";
import type { FrameworkSummary } from "@/lib/standards/coverage";
import { editionIn, localizeControlRow } from "@/lib/standards/i18n";
import { soaWordsIn } from "@/lib/standards/i18n/soa-words";
import type { Locale } from "@/lib/i18n/locales";
import { listApplicability } from "./applicability";
import { coverageFacts } from "./coverage";

// The Statement of Applicability for export: the organisation's decisions beside today's coverage. Exports are for
// everyone who reads reports (report.read), the auditor included.

/** Coverage and evidence worded in `locale`; the controls' titles and groups stay English (`localizeControlRow`). */
export async function statementOfApplicability(
  actor: Actor,
  framework: FrameworkId,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ rows: SoaRow[]; summary: FrameworkSummary }> {
  await authorize(actor, "report.read");
  const [facts, decisions] = await Promise.all([coverageFacts(actor), listApplicability(actor, framework)]);
  return soaRows(FRAMEWORKS[framework], facts, decisions, soaWordsIn(locale));
}

/** The PDF, signed with the organisation's certificate like its other reports. */
export async function statementOfApplicabilityPdf(
  actor: Actor,
  framework: FrameworkId,
  now = new Date(),
): Promise<{ pdf: Buffer; fileName: string }> {
  const member = await authorize(actor, "report.read");
  const org = await db().organization.findUniqueOrThrow({
    where: { id: member.organizationId },
    select: { name: true, documentLocale: true },
  });
  // In the organisation's document language (Settings → Language), the controls' own words included.
  const locale = asDocumentLocale(org.documentLocale);
  const { rows, summary } = await statementOfApplicability(actor, framework, locale);
  const f = FRAMEWORKS[framework];
  const rendered = await renderSoa(
    {
      organizationName: org.name,
      frameworkName: f.name,
      edition: editionIn(locale, f),
      mappingVersion: STANDARDS_VERSION,
      ruleSetId: CURRENT_RULE_SET_ID,
      generatedAt: now.toISOString(),
      rows: rows.map((r) => localizeControlRow(locale, framework, r)),
      summary,
    },
    locale,
  );
  const pdf = await signForOrganization(
    member.organizationId,
    org.name,
    rendered,
    { locale, doc: { kind: "soa", framework: f.name } },
    now,
  );
  return { pdf, fileName: `${framework}-statement-of-applicability-${now.toISOString().slice(0, 10)}.pdf` };
}
