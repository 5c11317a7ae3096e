import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";
import { db } from "@/lib/db/client";
import { isoDay, todayIso } from "@/lib/dates";
import { isCurrent } from "@/lib/literacy/coverage";
import type { RegisterRow } from "@/lib/literacy/register";
import { renderLiteracyRegister } from "@/lib/pdf/literacy/render-register";
import { coverageBySystem, coverageByUnit } from "./coverage";

// The Art 4 register for auditors (CSV and signed PDF): exports are for everyone who reads reports (report.read).

// An export holds the whole register; this bound keeps one request's memory in check at any realistic size.
const MAX_PEOPLE = 20_000;

export async function literacyRegister(actor: Actor, today = todayIso()): Promise<RegisterRow[]> {
  const member = await authorize(actor, "report.read");
  const people = await db().literacyPerson.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_PEOPLE,
    select: {
      name: true,
      email: true,
      jobRole: true,
      unit: { select: { name: true } },
      completions: {
        orderBy: [{ completedOn: "desc" }, { id: "asc" }],
        select: {
          completedOn: true,
          expiresOn: true,
          evidenceNote: true,
          evidenceUrl: true,
          fileName: true,
          fileSha256: true,
          item: { select: { title: true } },
        },
      },
    },
  });
  return people.flatMap((p): RegisterRow[] => {
    const who = { person: p.name, email: p.email, unit: p.unit?.name ?? null, jobRole: p.jobRole };
    if (p.completions.length === 0)
      return [
        {
          ...who,
          item: null,
          completedOn: null,
          expiresOn: null,
          current: false,
          evidenceNote: "",
          evidenceUrl: null,
          evidenceFile: null,
        },
      ];
    return p.completions.map((c) => {
      const expiresOn = isoDay(c.expiresOn);
      return {
        ...who,
        item: c.item.title,
        completedOn: isoDay(c.completedOn),
        expiresOn,
        current: isCurrent(expiresOn, today),
        evidenceNote: c.evidenceNote,
        evidenceUrl: c.evidenceUrl,
        evidenceFile: c.fileName && c.fileSha256 ? { fileName: c.fileName, sha256: c.fileSha256 } : null,
      };
    });
  });
}

/** The register as a PDF with coverage by system and unit, signed with the organisation's certificate. */
export async function literacyRegisterPdf(actor: Actor, now = new Date()): Promise<{ pdf: Buffer; fileName: string }> {
  const member = await authorize(actor, "report.read");
  const today = todayIso(now);
  const [rows, bySystem, byUnit, org] = await Promise.all([
    literacyRegister(actor, today),
    coverageBySystem(actor, today),
    coverageByUnit(actor, today),
    db().organization.findUniqueOrThrow({
      where: { id: member.organizationId },
      select: { name: true, documentLocale: true },
    }),
  ]);
  const locale = asDocumentLocale(org.documentLocale);
  const rendered = await renderLiteracyRegister(
    {
      organizationName: org.name,
      generatedAt: now.toISOString(),
      rows,
      systems: bySystem.systems,
      unassignedSystems: bySystem.unassigned,
      units: byUnit,
    },
    locale,
  );
  const pdf = await signForOrganization(
    member.organizationId,
    org.name,
    rendered,
    { locale, doc: { kind: "literacy" } },
    now,
  );
  return { pdf, fileName: `ai-literacy-register-${today}.pdf` };
}
