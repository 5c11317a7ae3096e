// Issue #22: a Slack or Teams channel is read by the whole organisation, so what Actlas posts there is in the
// organisation's document language; names, references and dates stay as recorded.
import { describe, expect, it } from "vitest";
import { describeEvent } from "@/lib/webhooks/message";
import { renderDeliveryBody } from "@/lib/webhooks/render";

const BASE = "https://actlas.example.eu";
const incident = {
  event: "incident.created",
  data: {
    incidentId: "inc_1",
    reference: "INC-0007",
    title: "Bewerber abgelehnt",
    systemName: "CV screening",
    status: "OPEN",
    harm: "FUNDAMENTAL_RIGHTS",
    reportingDeadline: "2026-12-20T10:00:00.000Z",
  },
};
const deadline = {
  event: "incident.deadline",
  occurredAt: "2026-12-18T10:00:00.000Z",
  data: {
    incidentId: "inc_1",
    reference: "INC-0007",
    title: "Bewerber abgelehnt",
    stage: "soon",
    when: "due in 2 days",
    remainingMs: 2 * 86_400_000,
    deadline: "2026-12-20T10:00:00.000Z",
    days: 15,
  },
};
const classification = {
  event: "classification.changed",
  data: { systemId: "s1", systemName: "CV screening", before: { tier: "limited" }, after: { tier: "high" } },
};
const overdue = { event: "obligations.overdue", data: { count: 3, oldest: [] } };

describe("channel messages in the organisation's language", () => {
  it("German", () => {
    const m = describeEvent(incident, BASE, "de");
    expect(m.title).toBe("Schwerwiegender Vorfall erfasst: INC-0007 Bewerber abgelehnt");
    expect(m.text).toBe("Die Meldung nach Art 73 an die Marktüberwachungsbehörde ist fällig bis 2026-12-20 10:00 UTC.");
    expect(m.facts.map((f) => f.title)).toEqual(["System", "Status", "Schaden"]);
    expect(m.facts[1]!.value).not.toBe("Open");
    expect(m.link.label).toBe("Vorfall öffnen");
    expect(describeEvent(deadline, BASE, "de").title).toBe("INC-0007: Meldung nach Art 73 fällig in 2 Tagen");
    expect(describeEvent(classification, BASE, "de").facts[0]).toEqual({
      title: "Risikostufe",
      value: "Transparenzpflichten → Hochrisiko",
    });
    expect(describeEvent(overdue, BASE, "de").title).toBe("3 Pflichten sind überfällig");
  });

  it("French, through the Slack body a delivery sends", () => {
    const body = renderDeliveryBody("SLACK", { id: "d1", payload: deadline }, BASE, "fr");
    expect(body).toContain("INC-0007 : signalement au titre de l'Art 73 dû dans 2 jours");
    expect(body).toContain("Ouvrir l'incident");
    expect(body).not.toMatch(/Open the incident|due in/);
  });

  it("English stays as it was, the reminder's time left included", () => {
    expect(describeEvent(deadline, BASE).title).toBe("INC-0007: Art 73 report due in 2 days");
    expect(describeEvent(overdue, BASE).title).toBe("3 duties are overdue");
  });
});
