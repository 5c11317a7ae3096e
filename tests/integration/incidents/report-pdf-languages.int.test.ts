import { describe, expect, it } from "vitest";
import { createIncident } from "@/lib/dal/incidents/incidents";
import { getIncidentReportPdf } from "@/lib/dal/incidents/report-pdf";
import { db } from "@/lib/db/client";
import { addMember } from "../../helpers/factories";
import { pdfsig } from "../../helpers/pdfsig";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { highRiskSetup, incidentInput } from "./helpers";

// Issue #22: the report for the authority is written in the organisation's document language.
describe("incident report PDF in the document language", () => {
  it.each([
    [
      "de",
      [
        "MELDUNG NACH ARTIKEL 73",
        "Schwerwiegender Vorfall INC-0001",
        "Daten und Meldefrist",
        "Tod einer Person",
        "Tage nach Kenntnisnahme (Art 73)",
        "Meldung fällig in",
      ],
    ],
    [
      "fr",
      [
        "SIGNALEMENT AU TITRE DE L'ARTICLE 73",
        "Incident grave INC-0001",
        "Base juridique",
        "Décès d'une personne",
        "jours après la prise de connaissance (Art 73)",
        "Notification due dans",
      ],
    ],
  ])("%s", async (locale, expected) => {
    const { organizationId, systemId } = await highRiskSetup(`Incident ${locale}`);
    await db().organization.update({ where: { id: organizationId }, data: { documentLocale: locale } });
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const incident = await createIncident(
      officer,
      incidentInput(systemId, { harm: "DEATH", awareAt: "2026-11-20T09:00" }),
    );
    const { pdf } = await getIncidentReportPdf(officer, incident.id, new Date("2026-11-22T09:00:00Z"));
    const text = (await pdfPages(Buffer.from(pdf))).join(" ");
    for (const heading of expected) expect(text).toContain(heading);
    expect(text).not.toContain("Dates and reporting deadline");
    // The reporting clock's sentences too, not only the headings (they were English in every language).
    expect(text).not.toMatch(/days after becoming aware|Report due in/);
    expect((await pdfsig(pdf)).valid).toBe(true);
  });
});
