import type { UserActor } from "@/lib/access/actor";
import type { ActionResult } from "@/lib/action";
import { db } from "@/lib/db/client";
import type { TSavePolicy } from "@/lib/validations/policies";

// The policy actions exercised whole (session → zod → DAL → database); only the Next.js request context is stubbed.
export const session = { actor: null as UserActor | null };

export function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

/** Runs an action as a person, as a browser of theirs would. */
export async function as<T>(actor: UserActor, call: () => Promise<T>): Promise<T> {
  session.actor = actor;
  try {
    return await call();
  } finally {
    session.actor = null;
  }
}

export async function policyState(policyId: string) {
  const policy = await db().policy.findUniqueOrThrow({
    where: { id: policyId },
    include: { versions: { orderBy: { number: "asc" } } },
  });
  return policy;
}

export function saveInput(policyId: string, version: number, over: Partial<TSavePolicy> = {}): TSavePolicy {
  return {
    policyId,
    version,
    title: "Acceptable use of AI",
    kind: "ACCEPTABLE_USE",
    ownerId: "",
    audienceAll: true,
    audienceRoles: [],
    audienceUnitIds: [],
    body: "1. Purpose\nUse approved AI tools only.",
    changeNote: "First version",
    ...over,
  };
}

export async function obligationOf(organizationId: string, systemId: string, code = "ART4", article = "Art 4") {
  return db().obligation.create({
    data: {
      organizationId,
      systemId,
      code,
      role: "deployer",
      article,
      title: "AI literacy",
      appliesFrom: new Date("2025-02-02"),
    },
  });
}

/** A member's business unit, as the AI-literacy register records it. */
export async function placeInUnit(organizationId: string, userId: string, unitId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  await db().literacyPerson.create({
    data: { organizationId, userId, name: user.name, email: user.email, businessUnitId: unitId },
  });
}
