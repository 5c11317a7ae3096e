import { mkdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createIncident } from "@/lib/dal/incidents/incidents";
import { getIncidentReportPdf } from "@/lib/dal/incidents/report-pdf";
import { addMember, createOrganization } from "../../helpers/factories";
import { pdfPages, pdfToPngs } from "../../unit/pdf/pdf-text";
import { highRiskSetup, incidentInput } from "./helpers";

describe("incident report PDF", () => {
  it("gives the authority the organisation, system, role, harm, dates with the deadline, narrative and Art 73 references", async () => {
    const { organizationId, systemId } = await highRiskSetup("Kredit-Scoring Łódź");
    await db().aiSystem.update({
      where: { id: systemId },
      data: { intendedPurpose: "Scores consumer loan applications." },
    });
    const auditor = await addMember(organizationId, "AUDITOR");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const incident = await createIncident(
      officer,
      incidentInput(systemId, {
        harm: "DEATH",
        occurredAt: "2026-11-19T20:00",
        awareAt: "2026-11-20T09:00",
        memberState: "PL",
        authority: "Urząd Ochrony",
        description: "A triage score delayed treatment.",
        affectedPersons: "One patient.",
        correctiveActions: "Scores suspended pending review.",
      }),
    );
    const { pdf, fileName } = await getIncidentReportPdf(auditor, incident.id, new Date("2026-11-22T09:00:00Z"));
    expect(fileName).toBe("INC-0001-serious-incident-report.pdf");
    const text = (await pdfPages(pdf)).join(" ");
    for (const expected of [
      "REPORT UNDER ARTICLE 73",
      "Serious incident INC-0001",
      "Kredit-Scoring Łódź",
      "Scores consumer loan applications.",
      "Provider: reports under Art 73(1).",
      "Death of a person (Art 3(49)(a); Art 73(4))",
      "19 Nov 2026, 20:00 UTC",
      "20 Nov 2026, 09:00 UTC",
      "30 Nov 2026, 09:00 UTC (10 days after becoming aware (Art 73))",
      "Report due in 8 days",
      "Urząd Ochrony",
      "A triage score delayed treatment.",
      "One patient.",
      "Scores suspended pending review.",
      "Art 73(5): an initial report that is incomplete",
    ])
      expect(text).toContain(expected);
    expect(
      await db().auditEvent.count({ where: { entityId: incident.id, action: "incident.report_downloaded" } }),
    ).toBe(1);
    if (process.env.INCIDENT_PDF_PNG) {
      await mkdir(process.env.INCIDENT_PDF_PNG, { recursive: true });
      await pdfToPngs(pdf, process.env.INCIDENT_PDF_PNG, 1, 3);
    }
  });

  it("is not found for another organisation", async () => {
    const { admin, systemId } = await highRiskSetup();
    const incident = await createIncident(admin, incidentInput(systemId));
    await expect(getIncidentReportPdf((await createOrganization("Other")).admin, incident.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
