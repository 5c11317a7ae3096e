import "server-only";
import { db } from "@/lib/db/client";

// Who hears about the organisation's register work nobody owns: its compliance officers, or its administrators
// when it has no compliance officer (someone must hear, and administrators can appoint one). A system job's read.
export async function officersByOrganization(organizationIds: string[]): Promise<Map<string, string[]>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await db().membership.findMany({
    where: { organizationId: { in: [...new Set(organizationIds)] }, role: { in: ["COMPLIANCE_OFFICER", "ADMIN"] } },
    select: { organizationId: true, userId: true, role: true },
  });
  const byOrg = new Map<string, { officers: string[]; admins: string[] }>();
  for (const m of rows) {
    const entry = byOrg.get(m.organizationId) ?? { officers: [], admins: [] };
    (m.role === "COMPLIANCE_OFFICER" ? entry.officers : entry.admins).push(m.userId);
    byOrg.set(m.organizationId, entry);
  }
  return new Map([...byOrg].map(([org, e]) => [org, e.officers.length ? e.officers : e.admins]));
}
