import { NextRequest } from "next/server";
import type { UserActor } from "@/lib/access/actor";
import type { ActionResult } from "@/lib/action";
import { addEvidenceFile } from "@/lib/dal/obligations/evidence";
import { db } from "@/lib/db/client";
import type { TPublishDeployerPack } from "@/lib/validations/deployer-pack";
import { createSystem } from "../../helpers/factories";

// The deployer-pack actions exercised whole (session → zod → DAL → database); only the Next.js request context is
// stubbed. The customer side goes through the public route handlers and the data layer the public page calls.
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

/** A system the organisation provides, with one evidence text file; returns the system and the file's version. */
export async function providerSystem(organizationId: string, admin: UserActor, text: string, name = "Provided") {
  const systemId = await createSystem(organizationId, name);
  await db().aiSystem.update({ where: { id: systemId }, data: { roles: ["provider"], intendedPurpose: "Scoring" } });
  const file = await addEvidenceFile(admin, {
    systemId,
    title: "Instructions",
    fileName: "instructions.txt",
    bytes: new TextEncoder().encode(text),
  });
  const version = await db().evidenceVersion.findFirstOrThrow({
    where: { evidenceId: file.evidenceId },
    select: { id: true, sha256: true },
  });
  return { systemId, versionId: version.id, sha256: version.sha256 };
}

export function publishInput(systemId: string, over: Partial<TPublishDeployerPack> = {}): TPublishDeployerPack {
  return {
    systemId,
    instructionsVersionId: "",
    declarationVersionId: "",
    certificateVersionId: "",
    registrationNumber: "EU-DB-0001",
    ceMarking: "",
    incidentContactName: "Incident desk",
    incidentContactEmail: "incidents@provider.example",
    ...over,
  };
}

export const request = (path: string, address = "203.0.113.7") =>
  new NextRequest(`http://localhost${path}`, { headers: { "x-actlas-peer-address": address } });
