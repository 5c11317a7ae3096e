import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

// Until the classification engine stores obligations, tests create the rows the engine would.
export async function createObligation(
  organizationId: string,
  systemId: string,
  fields: Partial<Omit<Prisma.ObligationUncheckedCreateInput, "organizationId" | "systemId">> = {},
) {
  return db().obligation.create({
    data: {
      organizationId,
      systemId,
      code: `test.${randomBytes(4).toString("hex")}`,
      role: "provider",
      article: "Art 9",
      title: "Risk management system",
      summary: "Establish, document and maintain a risk management system.",
      appliesFrom: new Date("2027-12-02"),
      dueDate: new Date("2027-12-02"),
      ...fields,
    },
  });
}

export function daysFromToday(days: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}

export async function readiness(systemId: string) {
  return db().aiSystem.findUniqueOrThrow({
    where: { id: systemId },
    select: { obligationsApplicable: true, obligationsDone: true },
  });
}

export async function auditActions(organizationId: string, entityId: string): Promise<string[]> {
  const events = await db().auditEvent.findMany({
    where: { organizationId, entityId },
    orderBy: { sequence: "asc" },
    select: { action: true },
  });
  return events.map((e) => e.action);
}
