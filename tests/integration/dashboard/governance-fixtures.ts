import type { UserActor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import type { PolicyVersionStatus } from "@/lib/db/generated/client";
import { addMember, createSystem } from "../../helpers/factories";

// A literacy register and a set of policies written straight to the database, with the dashboard figures they
// should give worked out by hand in the comments (the test states them as numbers).

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const plus = (day: string, days: number) => new Date(d(day).getTime() + days * 86_400_000);

/**
 * On `today`: P1 operates S1 and oversees S2, trained for every system (an old general training, expired in 2020,
 * was refreshed by a newer one without expiry, so it is not counted as expired); P2 operates and oversees S1 (one
 * assignment) and holds only a training meant for S2; P3 operates S2 with S2's training expired yesterday; P4 is
 * assigned nothing and holds trainings expiring today and in 30 days (due for a refresher) and in 31 (not yet).
 * People 3, trained 1; assignments 4, covered 2; expired 1, expiring soon 2.
 */
export async function seedLiteracy(organizationId: string, today: string) {
  const o = { organizationId };
  const [s1, s2] = [await createSystem(organizationId, "S1"), await createSystem(organizationId, "S2")];
  const item = (title: string, allSystems: boolean) =>
    db().learningItem.create({ data: { ...o, title, kind: "COURSE", allSystems, intendedRoles: [] } });
  const general = await item("General", true);
  const forS2 = await item("For S2", false);
  const other = await item("Other", false);
  await db().learningItemSystem.create({ data: { ...o, itemId: forS2.id, systemId: s2 } });
  const person = (name: string) =>
    db().literacyPerson.create({ data: { ...o, name, email: `${name.toLowerCase()}-${organizationId}@test.example` } });
  const [p1, p2, p3, p4] = [await person("P1"), await person("P2"), await person("P3"), await person("P4")];
  await db().systemOperator.createMany({
    data: [
      { ...o, personId: p1.id, systemId: s1, role: "OPERATOR" },
      { ...o, personId: p1.id, systemId: s2, role: "OVERSIGHT" },
      { ...o, personId: p2.id, systemId: s1, role: "OPERATOR" },
      { ...o, personId: p2.id, systemId: s1, role: "OVERSIGHT" },
      { ...o, personId: p3.id, systemId: s2, role: "OPERATOR" },
    ],
  });
  const done = (personId: string, itemId: string, completedOn: string, expiresOn: Date | null) =>
    db().literacyCompletion.create({ data: { ...o, personId, itemId, completedOn: d(completedOn), expiresOn } });
  await done(p1.id, general.id, "2019-01-01", d("2020-01-01"));
  await done(p1.id, general.id, "2025-01-01", null);
  await done(p2.id, forS2.id, "2025-01-01", null);
  await done(p3.id, forS2.id, "2025-01-01", plus(today, -1));
  await done(p4.id, forS2.id, "2025-01-01", d(today));
  await done(p4.id, other.id, "2025-01-01", plus(today, 30));
  await done(p4.id, general.id, "2025-01-01", plus(today, 31));
  return { systems: [s1, s2], people: { p1, p2, p3, p4 }, items: { general, forS2, other } };
}

async function policy(
  organizationId: string,
  title: string,
  audience: { all: boolean; roles?: Role[] },
  versions: { status: PolicyVersionStatus; ackBy?: UserActor[] }[],
) {
  const created = await db().policy.create({
    data: { organizationId, title, kind: "OTHER", audienceAll: audience.all, audienceRoles: audience.roles ?? [] },
  });
  const ids: string[] = [];
  for (const [i, v] of versions.entries()) {
    const version = await db().policyVersion.create({
      data: {
        organizationId,
        policyId: created.id,
        number: i + 1,
        body: title,
        status: v.status,
        publishedAt: v.status === "PUBLISHED" || v.status === "RETIRED" ? new Date() : null,
      },
    });
    ids.push(version.id);
    for (const a of v.ackBy ?? [])
      await db().policyAcknowledgement.create({
        data: { organizationId, policyVersionId: version.id, userId: a.userId },
      });
  }
  return { policyId: created.id, versionIds: ids };
}

/**
 * Members: the administrator, an officer and a manager. "For everyone" is published and acknowledged by two of the
 * three; "For managers" has its second version published and acknowledged by the manager (their acknowledgement of
 * the retired first version does not count); "Draft" is awaiting approval and was never published; "For auditors" is
 * published to nobody (no auditor) and its second version awaits approval.
 * Published 3, fully acknowledged 1; audience 3 + 1 + 0 = 4, acknowledged 3; awaiting approval 2.
 */
export async function seedPolicies(organizationId: string, admin: UserActor) {
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const manager = await addMember(organizationId, "MANAGER");
  const everyone = await policy(organizationId, "For everyone", { all: true }, [
    { status: "PUBLISHED", ackBy: [admin, officer] },
  ]);
  await policy(organizationId, "For managers", { all: false, roles: ["MANAGER"] }, [
    { status: "RETIRED", ackBy: [manager] },
    { status: "PUBLISHED", ackBy: [manager] },
  ]);
  await policy(organizationId, "Draft", { all: true }, [{ status: "IN_APPROVAL" }]);
  await policy(organizationId, "For auditors", { all: false, roles: ["AUDITOR"] }, [
    { status: "PUBLISHED" },
    { status: "IN_APPROVAL" },
  ]);
  return { officer, manager, everyone };
}
