import { NextRequest } from "next/server";
import type { UserActor } from "@/lib/access/actor";
import type { ActionResult } from "@/lib/action";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";

// The vendor actions and the portal exercised whole (session → zod → DAL → database); only the Next.js request
// context is stubbed by the test files.
export const session = { actor: null as UserActor | null };

export function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

export async function as<T>(actor: UserActor, call: () => Promise<T>): Promise<T> {
  session.actor = actor;
  try {
    return await call();
  } finally {
    session.actor = null;
  }
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
export { inDays };

/** An organisation deploying a high-risk system with the deployer duties the instructions for use back. */
export async function deployerOrg(name: string) {
  const org = await createOrganization(name);
  const systemId = await createSystem(org.organizationId, `${name} CV screening`);
  await db().aiSystem.update({
    where: { id: systemId },
    data: { tier: "HIGH", possibleTier: "HIGH", roles: ["deployer"] },
  });
  const duty = (code: string, article: string, title: string) =>
    db().obligation.create({
      data: {
        organizationId: org.organizationId,
        systemId,
        code,
        role: "deployer",
        article,
        title,
        appliesFrom: new Date("2027-12-02"),
      },
    });
  const art26 = await duty("hr.deployer.use_per_instructions", "Art 26(1)", "Use according to the instructions");
  const oversight = await duty("hr.deployer.human_oversight", "Art 26(2)", "Human oversight");
  const register = await duty("hr.deployer.register_use", "Art 26(8); Art 49(3)", "Registration");
  return { ...org, systemId, art26: art26.id, oversight: oversight.id, register: register.id };
}

export const tokenOf = (path: string) => path.replace("/respond/", "");

export function uploadRequest(token: string, itemId: string, name: string, bytes: Uint8Array, origin?: string) {
  const form = new FormData();
  form.set("itemId", itemId);
  form.set("file", new File([Buffer.from(bytes)], name));
  return new NextRequest(`http://localhost/respond/${token}/upload`, {
    method: "POST",
    body: form,
    headers: origin ? { origin } : undefined,
  });
}
