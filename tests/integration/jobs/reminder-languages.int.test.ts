import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { notificationTextIn } from "@/lib/notifications/text";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { mailParts } from "../../helpers/mail-parts";
import { smtpServerForFile } from "../../helpers/smtp-for-file";
import { notificationsOf } from "./helpers";

const smtp = smtpServerForFile();

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date();
const day = (inDays: number) => {
  const d = new Date(NOW.getTime() + inDays * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};
const iso = (inDays: number) => day(inDays).toISOString().slice(0, 10);

async function chooseLanguage(userId: string, locale: "de" | "fr"): Promise<string> {
  const user = await db().user.update({ where: { id: userId }, data: { locale }, select: { email: true } });
  return user.email;
}

// The policy and AI-literacy reminders are written once for readers of different languages: the row keeps the
// English it always stored, and its message gives each reader (and their e-mail) their own language.
describe("policy and AI-literacy reminders in the reader's language", () => {
  it("words the acknowledgement reminder and the owner's digest in German and French", async () => {
    const { organizationId } = await createOrganization("Policy languages");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const reader = await addMember(organizationId, "MANAGER");
    const email = await chooseLanguage(reader.userId, "de");
    const policy = await db().policy.create({
      data: { organizationId, title: "KI-Nutzung", kind: "ACCEPTABLE_USE", ownerId: owner.userId, audienceAll: true },
    });
    const version = await db().policyVersion.create({
      data: { organizationId, policyId: policy.id, number: 2, body: "…", status: "PUBLISHED", publishedAt: day(-15) },
    });
    await db().policyAcknowledgement.create({
      data: { organizationId, policyVersionId: version.id, userId: owner.userId },
    });

    await runReminders(NOW);

    const due = one(await notificationsOf(reader.userId), 0, "reader's reminder");
    expect(due.title).toBe("Reminder: please read KI-Nutzung (version 2)");
    expect(notificationTextIn("de", due)).toEqual({
      title: "Erinnerung: Bitte lesen Sie KI-Nutzung (Version 2)",
      body: `Am ${iso(-15)} für Sie veröffentlicht und noch nicht bestätigt. Lesen Sie die Richtlinie und bestätigen Sie, dass Sie sie gelesen haben.`,
    });
    expect(notificationTextIn("fr", due).title).toBe("Rappel : veuillez lire KI-Nutzung (version 2)");

    const digest = one(await notificationsOf(owner.userId), 0, "owner's digest");
    expect(digest.title).toBe("2 people have not acknowledged KI-Nutzung (version 2)");
    expect(notificationTextIn("de", digest).title).toBe("2 Personen haben KI-Nutzung (Version 2) noch nicht bestätigt");
    expect(notificationTextIn("fr", digest).body).toMatch(/^Publiée le \S+\. Lecture encore à confirmer par : /);

    // The reader chose German, so the e-mail the run sent is German too.
    await expect.poll(() => smtp.messages.filter((m) => m.to.includes(email)).length).toBeGreaterThan(0);
    const mail = mailParts(smtp.messages.filter((m) => m.to.includes(email)).at(-1)!);
    expect(mail.text).toContain("Erinnerung: Bitte lesen Sie KI-Nutzung (Version 2)");
    expect(mail.text).not.toContain("Reminder: please read");
  });

  it("words the AI-literacy reminders with the Act's term for AI literacy in German and French", async () => {
    const { organizationId } = await createOrganization("Literacy languages");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const member = await addMember(organizationId, "MANAGER");
    await chooseLanguage(member.userId, "fr");
    const item = await db().learningItem.create({
      data: { organizationId, title: "AI Act basics", kind: "COURSE", intendedRoles: [], validityMonths: 12 },
    });
    const person = await db().literacyPerson.create({
      data: { organizationId, name: "Léa", email: "lea@example.test", userId: member.userId },
    });
    const other = await db().literacyPerson.create({
      data: { organizationId, name: "Ben", email: "ben@example.test" },
    });
    for (const [personId, expiresIn] of [
      [person.id, 10],
      [other.id, -3],
    ] as const)
      await db().literacyCompletion.create({
        data: { organizationId, personId, itemId: item.id, completedOn: day(-350), expiresOn: day(expiresIn) },
      });

    await runReminders(NOW);

    const digest = one(await notificationsOf(officer.userId), 0, "officers' digest");
    expect(digest.title).toBe("1 AI-literacy training expires within 30 days; 1 training has expired");
    expect(notificationTextIn("de", digest).title).toBe(
      "1 Schulung zur KI-Kompetenz läuft innerhalb von 30 Tagen ab; 1 Schulung ist abgelaufen",
    );
    expect(notificationTextIn("de", digest).body).toContain("KI-Kompetenz");
    expect(notificationTextIn("fr", digest).title).toBe(
      "1 formation à la maîtrise de l'IA expire d'ici 30 jours ; 1 formation a expiré",
    );
    expect(notificationTextIn("fr", digest).body).toContain("maîtrise de l'IA");

    const mine = one(await notificationsOf(member.userId), 0, "member's reminder");
    expect(mine.title).toBe(`Your training expires ${iso(10)}: AI Act basics`);
    expect(notificationTextIn("fr", mine).title).toBe(`Votre formation expire le ${iso(10)} : AI Act basics`);
    expect(notificationTextIn("de", mine).body).toContain(`Ihr Abschluss von „AI Act basics“ läuft am ${iso(10)} ab.`);
  });
});
