import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { DashboardFilters } from "@/lib/validations/dashboard";

// WHERE fragments shared by the dashboard's queries. Only lib/dal/dashboard*.ts use them, always with the
// organisation id returned by authorize(); every fragment starts with that id so the (organizationId, …)
// indexes apply. Values are bound parameters (Prisma.sql), never spliced text.

export function systemWhere(organizationId: string, f: DashboardFilters): Prisma.Sql {
  const parts = [Prisma.sql`s."organizationId" = ${organizationId}`];
  if (f.unit) parts.push(Prisma.sql`s."businessUnit" = ${f.unit}`);
  if (f.owner === "none") parts.push(Prisma.sql`s."ownerId" IS NULL`);
  else if (f.owner) parts.push(Prisma.sql`s."ownerId" = ${f.owner}`);
  if (f.role) parts.push(Prisma.sql`${f.role} = ANY(s.roles)`);
  return Prisma.join(parts, " AND ");
}

// Obligation figures count obligations that apply (not obsolete); the owner and role are the obligation's own (the
// business unit, the system's, is applied where the obligations meet their systems). Aliased `o`.
export function obligationOnlyWhere(organizationId: string, f: Omit<DashboardFilters, "unit">): Prisma.Sql {
  const parts = [Prisma.sql`o."organizationId" = ${organizationId}`, Prisma.sql`o."obsoleteAt" IS NULL`];
  if (f.owner === "none") parts.push(Prisma.sql`o."ownerId" IS NULL`);
  else if (f.owner) parts.push(Prisma.sql`o."ownerId" = ${f.owner}`);
  if (f.role) parts.push(Prisma.sql`o.role = ${f.role}`);
  return Prisma.join(parts, " AND ");
}

export const OPEN = Prisma.sql`o.status IN ('NOT_STARTED', 'IN_PROGRESS')`;
export const DONE = Prisma.sql`o.status IN ('DONE', 'NOT_APPLICABLE')`;
