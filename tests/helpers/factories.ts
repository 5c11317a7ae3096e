import { randomBytes } from "node:crypto";
import type { UserActor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";

// Unique values per call, so tests never depend on each other's data or on a reset between tests.
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@test.example`;
}

export async function createOrganization(name = "Org"): Promise<{ organizationId: string; admin: UserActor }> {
  const org = await db().organization.create({
    data: { name: `${name} ${randomBytes(3).toString("hex")}`, slug: `org-${randomBytes(6).toString("hex")}` },
  });
  const admin = await addMember(org.id, "ADMIN");
  return { organizationId: org.id, admin };
}

export async function addMember(
  organizationId: string,
  role: Role,
  email = uniqueEmail(role.toLowerCase()),
): Promise<UserActor> {
  const user = await db().user.upsert({ where: { email }, update: {}, create: { email, name: `Test ${role}` } });
  await db().membership.create({ data: { userId: user.id, organizationId, role } });
  return { kind: "user", userId: user.id, organizationId };
}

export async function createSystem(organizationId: string, name = "Test system"): Promise<string> {
  const system = await db().aiSystem.create({
    data: { organizationId, name, memberStates: ["DE"], affectedPersons: [], dataCategories: [], roles: [] },
  });
  return system.id;
}
