import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { one } from "../../helpers/expect-defined";
import { decodeQuotedPrintable } from "../../helpers/smtp-server";
import { smtpServerForFile } from "../../helpers/smtp-for-file";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { emailOf, notificationsOf } from "./helpers";

const smtp = smtpServerForFile();

const DAY = 24 * 60 * 60 * 1000;

async function createIncident(
  organizationId: string,
  number: number,
  data: { awareDaysAgo: number; harm: "DEATH" | "HEALTH"; reported?: boolean },
) {
  const systemId = await createSystem(organizationId, "Triage assistant");
  return db().incident.create({
    data: {
      organizationId,
      systemId,
      number,
      title: "Wrong triage priority",
      status: "OPEN",
      harm: data.harm,
      awareAt: new Date(Date.now() - data.awareDaysAgo * DAY),
      initialReportAt: data.reported ? new Date() : null,
    },
  });
}

describe("incident deadline reminders", () => {
  it("warns the incident team, not managers, while the Art 73 clock runs, once per stage", async () => {
    const { organizationId, admin } = await createOrganization("Incidents");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(organizationId, "LEGAL");
    const manager = await addMember(organizationId, "MANAGER");
    // Death: 10 days; aware 9 days ago, so about one day is left.
    const incident = await createIncident(organizationId, 7, { awareDaysAgo: 9, harm: "DEATH" });
    await createIncident(organizationId, 8, { awareDaysAgo: 1, harm: "HEALTH", reported: true });

    await runReminders(new Date());
    await runReminders(new Date());

    for (const m of [admin, officer, legal]) {
      const rows = await notificationsOf(m.userId);
      expect(rows).toHaveLength(1);
      const row = one(rows, 0, "incident reminder");
      expect(row).toMatchObject({ kind: "incident_deadline", href: `/incidents/${incident.id}` });
      expect(row.title).toMatch(/^INC-0007: Art 73 report due in (1 day|23 hours)/);
      expect(row.dedupeKey).toMatch(/:soon$/);
    }
    expect(await notificationsOf(manager.userId)).toEqual([]);
    const officerEmail = await emailOf(officer.userId);
    const mails = smtp.messages.filter((m) => m.to.includes(officerEmail));
    expect(mails).toHaveLength(1);
    const text = decodeQuotedPrintable(one(mails).raw);
    expect(text).toMatch(/^Subject: \[Actlas\] INC-0007: Art 73 report due in/m);
    expect(text).toContain(`https://actlas.test/incidents/${incident.id}`);
  });

  it("sends an overdue reminder once the deadline has passed", async () => {
    const { organizationId, admin } = await createOrganization("Late");
    await createIncident(organizationId, 1, { awareDaysAgo: 16, harm: "HEALTH" });
    await runReminders(new Date());
    const row = one(await notificationsOf(admin.userId), 0, "overdue reminder");
    expect(row.title).toMatch(/^INC-0001: Art 73 report overdue by 1 day/);
    const adminEmail = await emailOf(admin.userId);
    expect(smtp.messages.filter((m) => m.to.includes(adminEmail))).toHaveLength(1);
  });
});
