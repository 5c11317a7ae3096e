import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { policyAcknowledgementCandidates } from "@/lib/dal/jobs/reminders-policies";
import { acknowledgePolicy } from "@/lib/dal/policies/acknowledgements";
import { smtpServerForFile } from "../../helpers/smtp-for-file";
import { addMember, createOrganization } from "../../helpers/factories";
import { emailOf, notificationsOf } from "./helpers";

const smtp = smtpServerForFile();

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date();
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

type Published = { versionId: string; policyId: string };

// A policy with one published version, published `daysAgo`, owned and approved by the given members.
async function publishedPolicy(
  organizationId: string,
  daysAgo: number,
  opts: { ownerId?: string; approvedById?: string; roles?: Role[]; title?: string } = {},
): Promise<Published> {
  const policy = await db().policy.create({
    data: {
      organizationId,
      title: opts.title ?? "Acceptable use of AI",
      kind: "ACCEPTABLE_USE",
      ownerId: opts.ownerId,
      audienceAll: !opts.roles,
      audienceRoles: opts.roles ?? [],
    },
  });
  const version = await db().policyVersion.create({
    data: {
      organizationId,
      policyId: policy.id,
      number: 1,
      body: "Use approved AI tools only.",
      status: "PUBLISHED",
      approvedById: opts.approvedById,
      approvedAt: later(-daysAgo - 1),
      publishedAt: later(-daysAgo),
    },
  });
  return { versionId: version.id, policyId: policy.id };
}

const acknowledge = (organizationId: string, policyVersionId: string, userId: string) =>
  db().policyAcknowledgement.create({ data: { organizationId, policyVersionId, userId } });

const remindersOf = async (userId: string) =>
  (await notificationsOf(userId)).filter((n) => n.dedupeKey.startsWith("policy_ack_"));

describe("reminders to acknowledge a published policy", () => {
  it("remind each outstanding reader once per week after 14 days, and give the owner and approver a digest", async () => {
    const { organizationId, admin } = await createOrganization("Policy readers");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const approver = await addMember(organizationId, "LEGAL");
    const reader = await addMember(organizationId, "MANAGER");
    const late = await addMember(organizationId, "MANAGER");
    const p = await publishedPolicy(organizationId, 14, { ownerId: owner.userId, approvedById: approver.userId });
    for (const who of [owner, approver, reader]) await acknowledge(organizationId, p.versionId, who.userId);

    await runReminders(NOW);
    await runReminders(NOW);

    expect((await remindersOf(late.userId)).map((n) => [n.kind, n.title, n.href, n.dedupeKey])).toEqual([
      [
        "policy_published",
        "Reminder: please read Acceptable use of AI (version 1)",
        `/policies/${p.policyId}`,
        `policy_ack_due:${p.versionId}:0`,
      ],
    ]);
    expect(await remindersOf(admin.userId)).toHaveLength(1);
    expect(await remindersOf(reader.userId)).toEqual([]);
    for (const who of [owner, approver]) {
      const digests = await remindersOf(who.userId);
      expect(digests.map((n) => [n.kind, n.title, n.dedupeKey])).toEqual([
        [
          "policy_acknowledgements_outstanding",
          "2 people have not acknowledged Acceptable use of AI (version 1)",
          `policy_ack_outstanding:${p.versionId}:0`,
        ],
      ]);
      expect(digests[0]!.body).toMatch(/Still to acknowledge: Test (ADMIN|MANAGER), Test (ADMIN|MANAGER)\./);
    }
    // Sent by e-mail too, as the other reminders are.
    const lateEmail = await emailOf(late.userId);
    expect(smtp.messages.filter((m) => m.to.includes(lateEmail))).toHaveLength(1);

    // Nothing more within the week, however often the job runs.
    await runReminders(later(3));
    await runReminders(later(6));
    expect(await remindersOf(late.userId)).toHaveLength(1);
    expect(await remindersOf(owner.userId)).toHaveLength(1);

    // The next week reminds again; whoever acknowledged meanwhile is left out of the reminder and the digest.
    await acknowledge(organizationId, p.versionId, admin.userId);
    await runReminders(later(7));
    await runReminders(later(7));
    expect((await remindersOf(late.userId)).map((n) => n.dedupeKey)).toEqual([
      `policy_ack_due:${p.versionId}:0`,
      `policy_ack_due:${p.versionId}:1`,
    ]);
    expect(await remindersOf(admin.userId)).toHaveLength(1);
    expect((await remindersOf(owner.userId)).map((n) => n.title)).toEqual([
      "2 people have not acknowledged Acceptable use of AI (version 1)",
      "1 person has not acknowledged Acceptable use of AI (version 1)",
    ]);

    // Acknowledging settles the reminders already received.
    await acknowledgePolicy(late, p.versionId);
    expect((await remindersOf(late.userId)).map((n) => n.readAt !== null)).toEqual([true, true]);
  });

  it("wait for the grace period, remind only the policy's audience, and nothing once everyone acknowledged", async () => {
    const { organizationId, admin } = await createOrganization("Grace");
    const legal = await addMember(organizationId, "LEGAL");
    const manager = await addMember(organizationId, "MANAGER");
    await publishedPolicy(organizationId, 12, { title: "Fresh" });
    const forLegal = await publishedPolicy(organizationId, 30, { roles: ["LEGAL"], title: "Legal only" });
    const done = await publishedPolicy(organizationId, 30, { title: "Done" });
    for (const who of [admin, legal, manager]) await acknowledge(organizationId, done.versionId, who.userId);

    await runReminders(NOW);

    expect((await remindersOf(legal.userId)).map((n) => n.dedupeKey)).toEqual([
      `policy_ack_due:${forLegal.versionId}:2`,
    ]);
    expect(await remindersOf(manager.userId)).toEqual([]);
    // Nobody owns or approved "Legal only": the digest goes to the compliance officers, or the administrators.
    expect((await remindersOf(admin.userId)).map((n) => [n.kind, n.dedupeKey])).toEqual([
      ["policy_acknowledgements_outstanding", `policy_ack_outstanding:${forLegal.versionId}:2`],
    ]);
  });

  it("never remind one organisation's people of another organisation's policy", async () => {
    const mine = await createOrganization("Mine");
    const manager = await addMember(mine.organizationId, "MANAGER");
    const theirs = await createOrganization("Theirs");
    const theirOwner = await addMember(theirs.organizationId, "COMPLIANCE_OFFICER");
    // One person in both: reminded inside the organisation whose policy it is, under that organisation only.
    const both = await addMember(theirs.organizationId, "MANAGER", await emailOf(manager.userId));
    const foreign = await publishedPolicy(theirs.organizationId, 20, { ownerId: theirOwner.userId });

    await runReminders(NOW);

    expect(await remindersOf(mine.admin.userId)).toEqual([]);
    expect((await remindersOf(both.userId)).map((n) => [n.organizationId, n.dedupeKey])).toEqual([
      [theirs.organizationId, `policy_ack_due:${foreign.versionId}:0`],
    ]);
    const digest = await remindersOf(theirOwner.userId);
    expect(digest.map((n) => n.kind).sort()).toEqual(["policy_acknowledgements_outstanding", "policy_published"]);
    expect(digest.every((n) => n.organizationId === theirs.organizationId)).toBe(true);
  });

  it("remind every outstanding reader whatever the batch size, across versions and every kind of audience", async () => {
    const { organizationId, admin } = await createOrganization("Batches");
    const [legalA, legalB] = [await addMember(organizationId, "LEGAL"), await addMember(organizationId, "LEGAL")];
    const managers = [
      await addMember(organizationId, "MANAGER"),
      await addMember(organizationId, "MANAGER"),
      await addMember(organizationId, "MANAGER"),
    ];
    // An auditor reached only through the unit of their AI-literacy record.
    const auditor = await addMember(organizationId, "AUDITOR");
    const unit = await db().businessUnit.create({ data: { organizationId, name: "Risk" } });
    await db().literacyPerson.create({
      data: {
        organizationId,
        name: "Aud",
        email: await emailOf(auditor.userId),
        userId: auditor.userId,
        businessUnitId: unit.id,
      },
    });
    const everyone = await publishedPolicy(organizationId, 20, { title: "Everyone" });
    const forLegal = await publishedPolicy(organizationId, 20, { roles: ["LEGAL"], title: "Legal" });
    const forUnit = await publishedPolicy(organizationId, 20, { roles: [], title: "Unit" });
    await db().policyAudienceUnit.create({
      data: { organizationId, policyId: forUnit.policyId, businessUnitId: unit.id },
    });
    await acknowledge(organizationId, everyone.versionId, managers[1]!.userId);
    await acknowledge(organizationId, forLegal.versionId, legalA.userId);

    const members = [admin, legalA, legalB, ...managers, auditor];
    const expected = [
      ...members.filter((m) => m !== managers[1]).map((m) => `${everyone.versionId}|${m.userId}`),
      `${forLegal.versionId}|${legalB.userId}`,
      `${forUnit.versionId}|${auditor.userId}`,
    ].sort();
    // Batches smaller than one version's readers, of one reader, and larger than everything (other files' policies
    // are in the same database, so the batches also cross organisations).
    for (const size of [1, 2, 3, 5000]) {
      const mine = (await policyAcknowledgementCandidates(NOW, size)).filter(
        (c) => c.organizationId === organizationId,
      );
      const personal = mine.filter((c) => c.kind === "policy_published");
      expect(personal.map((c) => `${c.dedupeKey.split(":")[1]}|${c.userId}`).sort()).toEqual(expected);
      const digests = mine.filter((c) => c.kind === "policy_acknowledgements_outstanding").map((c) => c.title);
      expect(digests).toContain("6 people have not acknowledged Everyone (version 1)");
      expect(digests).toContain("1 person has not acknowledged Unit (version 1)");
    }
  });
});
