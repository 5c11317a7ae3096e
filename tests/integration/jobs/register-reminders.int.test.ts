import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { smtpServerForFile } from "../../helpers/smtp-for-file";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { notificationsOf } from "./helpers";

smtpServerForFile();

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date();
// A calendar day `inDays` from today (UTC), as the @db.Date columns hold it.
const day = (inDays: number) => {
  const d = new Date(NOW.getTime() + inDays * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};
const iso = (inDays: number) => day(inDays).toISOString().slice(0, 10);

async function risk(organizationId: string, systemId: string, title: string, reviewIn: number, ownerId?: string) {
  return db().risk.create({
    data: { organizationId, systemId, title, likelihood: 3, impact: 4, ownerId, nextReviewDate: day(reviewIn) },
  });
}

describe("risk review reminders", () => {
  it("remind the owner of a review due within 7 days or overdue, once each, and not of later or closed ones", async () => {
    const { organizationId } = await createOrganization("Risk reviews");
    const owner = await addMember(organizationId, "LEGAL");
    const systemId = await createSystem(organizationId, "Credit scoring");
    const soon = await risk(organizationId, systemId, "Biased scores", 7, owner.userId);
    const late = await risk(organizationId, systemId, "Drift", -2, owner.userId);
    await risk(organizationId, systemId, "Far away", 8, owner.userId);
    const closed = await risk(organizationId, systemId, "Closed", -1, owner.userId);
    await db().risk.update({ where: { id: closed.id }, data: { status: "CLOSED" } });

    await runReminders(NOW);
    await runReminders(NOW);

    const rows = await notificationsOf(owner.userId);
    expect(rows.map((r) => [r.kind, r.title, r.dedupeKey]).sort()).toEqual([
      ["risk_review_due", `Risk review due ${iso(7)}: Biased scores`, `risk_review_due:${soon.id}:${iso(7)}:soon`],
      ["risk_review_due", "Risk review overdue: Drift", `risk_review_due:${late.id}:${iso(-2)}:overdue`],
    ]);
    expect(rows.every((r) => r.organizationId === organizationId)).toBe(true);
    expect(rows.find((r) => r.title.includes("Drift"))?.href).toBe(
      `/systems/${systemId}/risks?edit=${late.id}#risk-form`,
    );
  });

  it("remind the compliance officers of a risk nobody owns, and never another organisation's members", async () => {
    const { organizationId } = await createOrganization("Unowned");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const manager = await addMember(organizationId, "MANAGER");
    const other = await createOrganization("Elsewhere");
    const outsider = await addMember(other.organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId);
    await risk(organizationId, systemId, "Nobody's", 0);

    await runReminders(NOW);

    expect((await notificationsOf(officer.userId)).map((r) => [r.kind, r.body])).toEqual([
      ["risk_review_due", expect.stringContaining("Nobody owns this risk yet")],
    ]);
    expect(await notificationsOf(manager.userId)).toEqual([]);
    expect(await notificationsOf(outsider.userId)).toEqual([]);
    expect(await notificationsOf(other.admin.userId)).toEqual([]);
  });
});

async function literacy(organizationId: string) {
  const item = await db().learningItem.create({
    data: { organizationId, title: "AI Act basics", kind: "COURSE", intendedRoles: [], validityMonths: 12 },
  });
  const person = async (name: string, userId?: string) =>
    db().literacyPerson.create({
      data: { organizationId, name, email: `${name.toLowerCase().replace(/\W/g, "")}@example.test`, userId },
    });
  const completion = (personId: string, completedDaysAgo: number, expiresIn: number | null) =>
    db().literacyCompletion.create({
      data: {
        organizationId,
        personId,
        itemId: item.id,
        completedOn: day(-completedDaysAgo),
        expiresOn: expiresIn === null ? null : day(expiresIn),
      },
    });
  return { item, person, completion };
}

describe("AI-literacy expiry reminders", () => {
  it("send the officers one digest a day counting expiring and expired trainings without a newer completion", async () => {
    const { organizationId } = await createOrganization("Literacy");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const { person, completion } = await literacy(organizationId);
    const ana = await person("Ana");
    await completion(ana.id, 340, 25); // expires within 30 days
    const ben = await person("Ben");
    await completion(ben.id, 400, -5); // expired
    const cem = await person("Cem");
    await completion(cem.id, 400, -5); // expired, but refreshed since:
    await completion(cem.id, 10, 355);
    const dan = await person("Dan");
    await completion(dan.id, 300, 65); // not due yet
    const eva = await person("Eva");
    await completion(eva.id, 300, null); // never expires

    await runReminders(NOW);
    await runReminders(NOW);

    const rows = await notificationsOf(officer.userId);
    expect(rows.map((r) => [r.kind, r.title, r.dedupeKey])).toEqual([
      [
        "literacy_expiring",
        "1 AI-literacy training expires within 30 days; 1 training has expired",
        `literacy_expiring:${organizationId}:${iso(0)}`,
      ],
    ]);
    // The next day's run sends the next digest.
    await runReminders(new Date(NOW.getTime() + DAY));
    expect(await notificationsOf(officer.userId)).toHaveLength(2);
  });

  it("tell the person trained when they are a member of that organisation, and nobody elsewhere", async () => {
    const { organizationId } = await createOrganization("Trained");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const member = await addMember(organizationId, "MANAGER");
    const other = await createOrganization("Other");
    const outsider = await addMember(other.organizationId, "COMPLIANCE_OFFICER");
    const notMember = await addMember(other.organizationId, "MANAGER");
    const { person, completion } = await literacy(organizationId);
    const me = await person("Member Person", member.userId);
    const mine = await completion(me.id, 350, 15);
    // Linked to an account that is not a member of this organisation: that account hears nothing.
    const stranger = await person("Stranger", notMember.userId);
    await completion(stranger.id, 400, -1);

    await runReminders(NOW);
    await runReminders(NOW);

    expect((await notificationsOf(member.userId)).map((r) => [r.title, r.dedupeKey, r.href])).toEqual([
      [
        `Your training expires ${iso(15)}: AI Act basics`,
        `literacy_expiring:${mine.id}:soon`,
        `/literacy?tab=people&person=${me.id}`,
      ],
    ]);
    expect((await notificationsOf(officer.userId)).map((r) => r.title)).toEqual([
      "1 AI-literacy training expires within 30 days; 1 training has expired",
    ]);
    expect(await notificationsOf(notMember.userId)).toEqual([]);
    expect(await notificationsOf(outsider.userId)).toEqual([]);
  });
});
